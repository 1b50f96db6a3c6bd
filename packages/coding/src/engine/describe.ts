import { cptPlainDescription } from "../catalogs/cpt-codes.table.js";
import type { HcpcsCodeSet } from "../codesets/types.js";

/** Our plain description of a CPT code, or the HCPCS file's descriptor for a Level II code. */
export function describeCode(code: string, hcpcs: HcpcsCodeSet): string {
  return cptPlainDescription(code) ?? hcpcs.get(code)?.longDescription ?? code;
}
