import type { HcpcsCodeSet, HcpcsEntry } from "./types.js";
import { parseTsv } from "./tsv.js";

/** Parses the HCPCS Level II file (code, kind, short_description, long_description). */
export function parseHcpcsTsv(text: string, id: string): HcpcsCodeSet {
  const byCode = new Map<string, HcpcsEntry>();
  for (const [code = "", kind = "", shortDescription = "", longDescription = ""] of parseTsv(
    text,
    ["code", "kind", "short_description", "long_description"],
    "HCPCS",
  )) {
    if (kind !== "code" && kind !== "modifier") {
      throw new Error(`HCPCS: unknown kind "${kind}" for ${code}`);
    }
    byCode.set(code, { code, kind, shortDescription, longDescription });
  }
  return { id, get: (code) => byCode.get(code) };
}
