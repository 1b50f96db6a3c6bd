export type {
  IcdEntry,
  IcdCodeSet,
  IcdTerm,
  IcdTermKind,
  HcpcsEntry,
  HcpcsCodeSet,
  PtpEdit,
  PtpTable,
  MueEntry,
  MueTable,
  CodeSets,
  Excludes1Note,
  Excludes1Table,
} from "./types.js";
export { parseExcludes1Tsv } from "./excludes1.js";
export { parseIcd10cmTsv, buildIcdCodeSet, icdCodeSetFor, parseIcdTermsTsv } from "./icd10cm.js";
export type { IcdCodeSetMeta } from "./icd10cm.js";
export { parseHcpcsTsv } from "./hcpcs.js";
export { parsePtpTsv, parseMueTsv } from "./ncci.js";
export type { PtpParseOptions } from "./ncci.js";
export { CODE_SET_FILES, ALL_CODE_SET_FILES } from "./manifest.js";
export type { CodeSetFileName } from "./manifest.js";
export { parseTsv } from "./tsv.js";
export {
  icd10cmSlicer,
  sliceExcludes1Tsv,
  sliceHcpcsTsv,
  slicePtpTsv,
  ptpCodeList,
  codeSetSlicer,
} from "./slice.js";
export type { CodeSetTexts, CodeSetSlicer } from "./slice.js";
