import {
  CODE_SET_FILES,
  parseHcpcsTsv,
  parseIcd10cmTsv,
  parseExcludes1Tsv,
  parseMueTsv,
  parsePtpTsv,
  type CodeSets,
} from "@tpi/coding";
import type { Icd10cmSlice } from "@tpi/schemas";
import { codeSetFilePath, engineSubsetPath } from "./fetch-code-set-text";

/** Reads one code-set text by its path under /api/code-sets/ (see fetchCodeSetText). */
export type FetchCodeSetText = (path: string) => Promise<string>;

/** What the engine reads whatever the note: HCPCS, NCCI PTP and MUE. */
export type BaseCodeSets = Omit<CodeSets, "icd10cm" | "excludes1">;

/**
 * Loads the note-independent code sets: the server's engine subsets of HCPCS and PTP (the rows a TPI
 * claim can hold; tens of kilobytes instead of megabytes, so a tablet parses them in a few
 * milliseconds) and the MUE file. ICD-10-CM comes per note, as a slice (codeSetsWithSlice).
 */
export async function loadBaseCodeSets(fetchText: FetchCodeSetText): Promise<BaseCodeSets> {
  const [hcpcsText, ptpText, mueText] = await Promise.all([
    fetchText(engineSubsetPath(CODE_SET_FILES.hcpcs.file)),
    fetchText(engineSubsetPath(CODE_SET_FILES.ptp.file)),
    fetchText(codeSetFilePath(CODE_SET_FILES.mue.file)),
  ]);
  return {
    hcpcs: parseHcpcsTsv(hcpcsText, CODE_SET_FILES.hcpcs.id),
    ptp: parsePtpTsv(ptpText, CODE_SET_FILES.ptp.id),
    mue: parseMueTsv(mueText, CODE_SET_FILES.mue.id),
  };
}

/**
 * The code sets for one note: the base sets and the ICD-10-CM slice for the note's codes (each fiscal
 * year's rows for those codes and everything under them, and the Excludes1 notes that apply). The
 * engine codes the note on these exactly as on the whole files (@tpi/coding slice.property.test.ts).
 */
export function codeSetsWithSlice(base: BaseCodeSets, slice: Icd10cmSlice): CodeSets {
  return {
    ...base,
    icd10cm: CODE_SET_FILES.icd10cm.map((meta) => {
      const part = slice.icd10cm.find((s) => s.file === meta.file);
      if (!part) throw new Error(`The ICD-10-CM slice has no rows for ${meta.file}`);
      return parseIcd10cmTsv(part.tsv, {
        id: meta.id,
        effectiveFrom: meta.effectiveFrom,
        effectiveTo: meta.effectiveTo,
      });
    }),
    excludes1: parseExcludes1Tsv(slice.excludes1.tsv, CODE_SET_FILES.excludes1.id),
  };
}
