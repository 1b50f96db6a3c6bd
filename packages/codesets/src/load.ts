import {
  CODE_SET_FILES,
  codeSetSlicer,
  hcpcsCodesReadBy,
  type CodeSetSlicer,
  parseHcpcsTsv,
  parseIcd10cmTsv,
  parseIcdTermsTsv,
  parseMueTsv,
  parseExcludes1Tsv,
  parsePtpTsv,
  type CodeSets,
  type IcdTerm,
} from "@tpi/coding";
import { readCodeSetText } from "./files.js";

let cached: CodeSets | undefined;
let cachedTerms: IcdTerm[] | undefined;
let cachedSlicer: CodeSetSlicer | undefined;

/** Every code set the engine reads, parsed once per process from the files in ../data. */
export function loadCodeSets(): CodeSets {
  cached ??= {
    icd10cm: CODE_SET_FILES.icd10cm.map((f) => parseIcd10cmTsv(readCodeSetText(f.file), f)),
    hcpcs: parseHcpcsTsv(readCodeSetText(CODE_SET_FILES.hcpcs.file), CODE_SET_FILES.hcpcs.id),
    // Only pairs where both codes are in the file's code list can meet on a claim the engine builds
    // (it emits no code outside that list), so the other ~100,000 rows are not kept in memory.
    ptp: parsePtpTsv(readCodeSetText(CODE_SET_FILES.ptp.file), CODE_SET_FILES.ptp.id, {
      bothInCodeListOnly: true,
    }),
    mue: parseMueTsv(readCodeSetText(CODE_SET_FILES.mue.file), CODE_SET_FILES.mue.id),
    excludes1: parseExcludes1Tsv(
      readCodeSetText(CODE_SET_FILES.excludes1.file),
      CODE_SET_FILES.excludes1.id,
    ),
  };
  return cached;
}

/** The official Alphabetic Index and Tabular terms (FY2027 subset) for diagnosis search. */
export function loadIcdTerms(): IcdTerm[] {
  cachedTerms ??= parseIcdTermsTsv(readCodeSetText(CODE_SET_FILES.icdTerms.file));
  return cachedTerms;
}

/**
 * The slicer of the code-set files, built once per process: what the API serves the web app to code
 * one note (the ICD-10-CM rows of its codes, the engine's PTP and HCPCS subsets). Building it indexes
 * both ICD-10-CM files (a few hundred milliseconds), so the API builds it at start-up.
 */
export function loadCodeSetSlicer(): CodeSetSlicer {
  cachedSlicer ??= codeSetSlicer(
    {
      icd10cm: CODE_SET_FILES.icd10cm.map((f) => readCodeSetText(f.file)),
      excludes1: readCodeSetText(CODE_SET_FILES.excludes1.file),
      hcpcs: readCodeSetText(CODE_SET_FILES.hcpcs.file),
      ptp: readCodeSetText(CODE_SET_FILES.ptp.file),
    },
    hcpcsCodesReadBy,
  );
  return cachedSlicer;
}
