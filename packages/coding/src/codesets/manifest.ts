/**
 * Which code-set files exist and what each covers. The Node loader (packages/codesets) reads them from
 * disk; the web app fetches them from the API. Both use these names, so there is one list.
 */
export const CODE_SET_FILES = {
  icd10cm: [
    {
      id: "FY2026",
      file: "icd10cm-2026.tsv.gz",
      effectiveFrom: "2025-10-01",
      effectiveTo: "2026-09-30",
    },
    {
      id: "FY2027",
      file: "icd10cm-2027.tsv.gz",
      effectiveFrom: "2026-10-01",
      effectiveTo: "2027-09-30",
    },
  ],
  icdTerms: { id: "FY2027 index subset", file: "icd10cm-terms-2027-subset.tsv.gz" },
  hcpcs: { id: "HCPCS 2026 (January)", file: "hcpcs-2026.tsv.gz" },
  ptp: { id: "NCCI PTP practitioner 2026 Q3 (v322r0)", file: "ncci-ptp-subset.tsv.gz" },
  mue: { id: "NCCI MUE practitioner 2026 Q2", file: "mue-subset.tsv.gz" },
  excludes1: {
    id: "ICD-10-CM FY2027 Excludes1",
    file: "icd10cm-excludes1-2027.tsv.gz",
    effectiveFrom: "2026-10-01",
    effectiveTo: "2027-09-30",
  },
} as const;

export type CodeSetFileName =
  | (typeof CODE_SET_FILES.icd10cm)[number]["file"]
  | typeof CODE_SET_FILES.icdTerms.file
  | typeof CODE_SET_FILES.hcpcs.file
  | typeof CODE_SET_FILES.ptp.file
  | typeof CODE_SET_FILES.mue.file
  | typeof CODE_SET_FILES.excludes1.file;

export const ALL_CODE_SET_FILES: readonly CodeSetFileName[] = [
  ...CODE_SET_FILES.icd10cm.map((f) => f.file),
  CODE_SET_FILES.icdTerms.file,
  CODE_SET_FILES.hcpcs.file,
  CODE_SET_FILES.ptp.file,
  CODE_SET_FILES.mue.file,
  CODE_SET_FILES.excludes1.file,
];
