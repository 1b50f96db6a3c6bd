// The public API of the coding package: a hand-written list of what other packages use.

// The engine
export { codeNote, ENGINE_VERSION } from "./engine/code-note.js";
export type { EngineContext } from "./engine/context.js";
export { BUILT_IN_PAYER_PROFILES } from "./payers/built-in-profiles.js";
export { RULES, ruleById, SOURCES } from "./rules/index.js";
export type { RuleDefinition, RuleFamily, Source, SourceKey } from "./rules/index.js";
export { renderRulesMarkdown } from "./docs/render-rules.js";

// ICD-10-CM search (the diagnosis picker, through the API)
export { buildIcdSearchIndex, ICD_SEARCH_LABELLED_QUERIES } from "./icd-search/index.js";
export type { IcdSearchIndex, IcdSearchStats, LabelledIcdQuery } from "./icd-search/index.js";

// Catalogs
export {
  MUSCLES,
  VAGUE_SITES,
  searchMuscles,
  exactMuscleMatch,
  muscleById,
  matchVagueSite,
  normalizeSearchText,
  AGENTS,
  agentById,
  doseOf,
  formatQuantity,
  hcpcsUnitsFor,
  discardedUnitsFor,
  CPT_CODES,
  cptCodeInfo,
  cptPlainDescription,
} from "./catalogs/index.js";
export type { DoseResult, HcpcsUnits, CptCodeInfo, CptFamily } from "./catalogs/index.js";

// Code sets
export {
  parseIcd10cmTsv,
  buildIcdCodeSet,
  icdCodeSetFor,
  parseIcdTermsTsv,
  parseHcpcsTsv,
  parsePtpTsv,
  parseMueTsv,
  parseExcludes1Tsv,
  CODE_SET_FILES,
  ALL_CODE_SET_FILES,
  icd10cmSlicer,
  sliceExcludes1Tsv,
  sliceHcpcsTsv,
  slicePtpTsv,
  ptpCodeList,
  codeSetSlicer,
} from "./codesets/index.js";
export { icd10cmCodesReadBy, hcpcsCodesReadBy } from "./engine/codes-read.js";
export type { CodeSetTexts, CodeSetSlicer } from "./codesets/index.js";
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
  CodeSetFileName,
  IcdCodeSetMeta,
} from "./codesets/index.js";
