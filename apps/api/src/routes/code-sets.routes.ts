import { createHash } from "node:crypto";
import { Hono } from "hono";
import { ALL_CODE_SET_FILES, type CodeSetFileName } from "@tpi/coding";
import { readCodeSetGzip } from "@tpi/codesets";
import type { AppEnv } from "../http/app-env.js";
import { notFound } from "../http/problem.js";

function isCodeSetFile(name: string): name is CodeSetFileName {
  return (ALL_CODE_SET_FILES as readonly string[]).includes(name);
}

/**
 * The gzipped code-set files as stored, sent with Content-Encoding: gzip so the browser hands the
 * web app plain TSV text without a decompression library. The browser keeps them but asks again on
 * each load (no-cache with an ETag: a 304 costs one small round trip). Not "immutable": a corrected
 * re-issue of a release keeps its file name, and a year-long cache would bill from the stale file.
 */
export function codeSetRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const cache = new Map<CodeSetFileName, { bytes: Buffer; etag: string }>();

  app.get("/:file", (c) => {
    const file = c.req.param("file");
    if (!isCodeSetFile(file)) return notFound(c, "No code-set file with this name.");
    let entry = cache.get(file);
    if (entry === undefined) {
      const bytes = readCodeSetGzip(file);
      entry = {
        bytes,
        etag: `"${createHash("sha256").update(bytes).digest("base64url").slice(0, 27)}"`,
      };
      cache.set(file, entry);
    }
    const headers = {
      "Cache-Control": "private, no-cache",
      ETag: entry.etag,
    };
    if (c.req.header("if-none-match") === entry.etag) return c.body(null, 304, headers);
    return c.body(new Uint8Array(entry.bytes), 200, {
      ...headers,
      "Content-Type": "text/tab-separated-values; charset=utf-8",
      "Content-Encoding": "gzip",
    });
  });

  return app;
}
