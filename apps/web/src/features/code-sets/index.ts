export { useCodeSets, codeSetsQueryOptions } from "./use-code-sets";
export type { CodeSetsState } from "./use-code-sets";
export { loadCodeSets } from "./load-code-sets";
export type { FetchCodeSetText } from "./load-code-sets";
export { fetchCodeSetText, isGzip } from "./fetch-code-set-text";
