// The public API of the coding package: a hand-written list of what other packages use.
export {
  parseIcd10cmTsv,
  buildIcdCodeSet,
  icdCodeSetFor,
  parseIcdTermsTsv,
  parseHcpcsTsv,
  parsePtpTsv,
  parseMueTsv,
  CODE_SET_FILES,
  ALL_CODE_SET_FILES,
} from "./codesets/index.js";
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
  CodeSetFileName,
  IcdCodeSetMeta,
} from "./codesets/index.js";
