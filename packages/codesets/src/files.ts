import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import type { CodeSetFileName } from "@tpi/coding";

/** The folder holding the gzipped code-set files and their PROVENANCE.md. */
export const CODE_SET_DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));

/** The gzipped bytes of one code-set file, as stored. */
export function readCodeSetGzip(file: CodeSetFileName): Buffer {
  return readFileSync(new URL(`../data/${file}`, import.meta.url));
}

/** The unpacked text of one code-set file. */
export function readCodeSetText(file: CodeSetFileName): string {
  return gunzipSync(readCodeSetGzip(file)).toString("utf8");
}
