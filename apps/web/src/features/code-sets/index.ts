export {
  useCodeSets,
  baseCodeSetsQueryOptions,
  icd10cmSliceQueryOptions,
  sliceCodesFor,
} from "./use-code-sets";
export type { CodeSetsState } from "./use-code-sets";
export { loadBaseCodeSets, codeSetsWithSlice } from "./load-code-sets";
export type { FetchCodeSetText, BaseCodeSets } from "./load-code-sets";
export { fetchCodeSetText, isGzip, codeSetFilePath, engineSubsetPath } from "./fetch-code-set-text";
