// The catalogs' public names, re-exported from the package index by hand (no `export *`).
export { MUSCLES } from "./muscles.table.js";
export { VAGUE_SITES } from "./vague-sites.table.js";
export { searchMuscles, exactMuscleMatch, muscleById, matchVagueSite } from "./muscle-search.js";
export { normalizeSearchText } from "./search-text.js";
export { AGENTS, agentById } from "./agents.table.js";
export { doseOf, hcpcsUnitsFor, discardedUnitsFor, formatQuantity } from "./dose.js";
export type { DoseResult, HcpcsUnits } from "./dose.js";
export { CPT_CODES, cptCodeInfo, cptPlainDescription } from "./cpt-codes.table.js";
export type { CptCodeInfo, CptFamily } from "./cpt-codes.table.js";
