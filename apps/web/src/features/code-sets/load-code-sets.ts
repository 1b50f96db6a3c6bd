import {
  CODE_SET_FILES,
  parseHcpcsTsv,
  parseIcd10cmTsv,
  parseExcludes1Tsv,
  parseMueTsv,
  parsePtpTsv,
  type CodeSets,
} from "@tpi/coding";

/** Reads one file's text by its name in CODE_SET_FILES. */
export type FetchCodeSetText = (file: string) => Promise<string>;

/**
 * Loads and parses every code set the engine reads. The index-term subset is left out: only the
 * server's ICD search uses it. Files are fetched in parallel; parsing is synchronous and cheap
 * compared with the download.
 */
export async function loadCodeSets(fetchText: FetchCodeSetText): Promise<CodeSets> {
  const [icdTexts, hcpcsText, ptpText, mueText, excludes1Text] = await Promise.all([
    Promise.all(CODE_SET_FILES.icd10cm.map((f) => fetchText(f.file))),
    fetchText(CODE_SET_FILES.hcpcs.file),
    fetchText(CODE_SET_FILES.ptp.file),
    fetchText(CODE_SET_FILES.mue.file),
    fetchText(CODE_SET_FILES.excludes1.file),
  ]);
  const icd10cm = CODE_SET_FILES.icd10cm.map((meta, i) =>
    parseIcd10cmTsv(icdTexts[i] ?? "", {
      id: meta.id,
      effectiveFrom: meta.effectiveFrom,
      effectiveTo: meta.effectiveTo,
    }),
  );
  return {
    icd10cm,
    hcpcs: parseHcpcsTsv(hcpcsText, CODE_SET_FILES.hcpcs.id),
    // The browser keeps only the pairs a trigger point claim can hold: the full table is large.
    ptp: parsePtpTsv(ptpText, CODE_SET_FILES.ptp.id, { bothInCodeListOnly: true }),
    mue: parseMueTsv(mueText, CODE_SET_FILES.mue.id),
    excludes1: parseExcludes1Tsv(excludes1Text, CODE_SET_FILES.excludes1.id),
  };
}
