export { loadCodeSets, loadIcdTerms, loadCodeSetSlicer } from "./load.js";
export { readCodeSetGzip, readCodeSetText, CODE_SET_DATA_DIR } from "./files.js";
