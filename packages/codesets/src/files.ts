import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { CodeSetFileName } from "@tpi/coding";

/**
 * The folder holding the gzipped code-set files and their PROVENANCE.md. Built from the module's
 * folder, not `new URL(..., import.meta.url)`: under the web app's test environment (happy-dom in
 * Vitest) the global URL is replaced and import.meta.url is not a file: URL.
 */
export const CODE_SET_DATA_DIR =
  join(import.meta.dirname ?? dirname(fileURLToPath(import.meta.url)), "..", "data") + "/";

/** The gzipped bytes of one code-set file, as stored. */
export function readCodeSetGzip(file: CodeSetFileName): Buffer {
  return readFileSync(join(CODE_SET_DATA_DIR, file));
}

/** The unpacked text of one code-set file. */
export function readCodeSetText(file: CodeSetFileName): string {
  return gunzipSync(readCodeSetGzip(file)).toString("utf8");
}
