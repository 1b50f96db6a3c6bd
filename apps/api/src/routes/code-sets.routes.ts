import { createHash } from "node:crypto";
import { Hono, type Context } from "hono";
import { ALL_CODE_SET_FILES, type CodeSetFileName } from "@tpi/coding";
import { readCodeSetGzip } from "@tpi/codesets";
import { Icd10cmSliceQuerySchema } from "@tpi/schemas";
import {
  buildCodeSetSlices,
  ENGINE_SUBSET_FILES,
  type EngineSubsetFile,
} from "../coding/code-set-slices.js";
import type { AppEnv } from "../http/app-env.js";
import { notFound, validationProblem } from "../http/problem.js";

function isCodeSetFile(name: string): name is CodeSetFileName {
  return (ALL_CODE_SET_FILES as readonly string[]).includes(name);
}
function isEngineSubsetFile(name: string): name is EngineSubsetFile {
  return (ENGINE_SUBSET_FILES as readonly string[]).includes(name);
}

interface GzipEntry {
  bytes: Buffer;
  etag: string;
}

const gzipEntry = (bytes: Buffer): GzipEntry => ({
  bytes,
  etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`,
});

/**
 * A gzipped TSV sent with Content-Encoding: gzip, so the browser hands the web app plain text without
 * a decompression library. The browser keeps it but asks again on each load (no-cache with an ETag: a
 * 304 costs one small round trip). Not "immutable": a corrected re-issue of a release keeps its file
 * name, and a year-long cache would bill from the stale file.
 */
function sendGzipTsv(c: Context<AppEnv>, entry: GzipEntry): Response {
  const headers = { "Cache-Control": "private, no-cache", ETag: entry.etag };
  if (c.req.header("if-none-match") === entry.etag) return c.body(null, 304, headers);
  return c.body(new Uint8Array(entry.bytes), 200, {
    ...headers,
    "Content-Type": "text/tab-separated-values; charset=utf-8",
    "Content-Encoding": "gzip",
  });
}

/**
 * The official code-set files, whole (GET /:file), and what the web app codes a note from: the
 * engine's note-independent subsets (GET /engine-subset/:file) and the ICD-10-CM slice for the note's
 * codes (GET /icd10cm-slice?codes=...). The slices are built once, when the app is created.
 */
export function codeSetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const files = new Map<CodeSetFileName, GzipEntry>();
  const slices = buildCodeSetSlices();
  const subsets = new Map(
    ENGINE_SUBSET_FILES.map((f) => [f, gzipEntry(slices.engineSubset(f))] as const),
  );

  app.get("/icd10cm-slice", (c) => {
    const query = Icd10cmSliceQuerySchema.safeParse(c.req.query());
    if (!query.success) {
      return validationProblem(c, query.error, "The ICD-10-CM codes are not valid.");
    }
    c.header("Cache-Control", "private, no-cache");
    return c.json(slices.icd10cm(query.data.codes));
  });

  app.get("/engine-subset/:file", (c) => {
    const file = c.req.param("file");
    const entry = isEngineSubsetFile(file) ? subsets.get(file) : undefined;
    if (!entry) return notFound(c, "No engine subset of a code-set file with this name.");
    return sendGzipTsv(c, entry);
  });

  app.get("/:file", (c) => {
    const file = c.req.param("file");
    if (!isCodeSetFile(file)) return notFound(c, "No code-set file with this name.");
    let entry = files.get(file);
    if (entry === undefined) {
      entry = gzipEntry(readCodeSetGzip(file));
      files.set(file, entry);
    }
    return sendGzipTsv(c, entry);
  });

  return app;
}
