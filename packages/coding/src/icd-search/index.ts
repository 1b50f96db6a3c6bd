// The ICD-10-CM diagnosis search used by the form's diagnosis picker (issue 3).
export { buildIcdSearchIndex } from "./search-index.js";
export type { IcdSearchIndex } from "./search-index.js";
export type { IcdSearchStats } from "./build-index.js";
export { QUERY_REWRITES } from "./abbreviations.table.js";
export type { QueryRewrite } from "./abbreviations.table.js";
export { ICD_SEARCH_LABELLED_QUERIES } from "./labelled-queries.js";
export type { LabelledIcdQuery } from "./labelled-queries.js";
export { ICD_SEARCH_UNTUNED_QUERIES } from "./untuned-queries.js";
export { labelledHit, LABELLED_TOP } from "./labelled-hit.js";
