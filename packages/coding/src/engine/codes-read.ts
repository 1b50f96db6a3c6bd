import type { Note } from "@tpi/schemas";
import { AGENTS } from "../catalogs/agents.table.js";
import {
  MYOFASCIAL_DEFAULT,
  MYOFASCIAL_HEAD_NECK,
  REGION_SITE_CODES,
} from "./diagnosis-suggestions.table.js";
import { UNCLASSIFIED_DRUG_CODE } from "./drug-lines.js";

/** ICD-10-CM codes the engine may suggest whatever the note says (DX-SUGGEST-01, DX-SUGGEST-02). */
const SUGGESTED_ICD10CM: readonly string[] = [
  MYOFASCIAL_DEFAULT,
  MYOFASCIAL_HEAD_NECK,
  ...Object.values(REGION_SITE_CODES).flat(),
];

/**
 * The ICD-10-CM codes `codeNote` may look up for this note: its diagnoses and the codes it may
 * suggest. A caller that holds only slices of the code sets (the web app, see codesets/slice.ts) loads
 * these codes, with everything under them, from every fiscal year before coding. Upper case, each once.
 * The slice test codes every case study and generated notes on slices cut with this list and on the
 * whole files and expects the same result, so a new lookup in the engine cannot be missed here.
 */
export function icd10cmCodesReadBy(note: Pick<Note, "diagnoses">): string[] {
  const codes = new Set<string>();
  for (const code of note.diagnoses) {
    const c = code.trim().toUpperCase();
    if (c !== "") codes.add(c);
  }
  for (const code of SUGGESTED_ICD10CM) codes.add(code);
  return [...codes];
}

/**
 * The HCPCS Level II codes `codeNote` may look up, given the PTP file's code list (every code a TPI
 * claim built by the engine can hold, see ptpCodeList): that list, each agent's drug codes, the
 * unclassified-drug code and the JW/JZ modifiers. Same test as above.
 */
export function hcpcsCodesReadBy(ptpCodes: readonly string[]): string[] {
  return [
    ...new Set([
      ...ptpCodes,
      ...AGENTS.flatMap((a) => a.hcpcs.map((h) => h.code)),
      UNCLASSIFIED_DRUG_CODE,
      "JW",
      "JZ",
    ]),
  ];
}
