export { DiagnosisPicker } from "./diagnosis-picker";
export type { DiagnosisPickerProps } from "./diagnosis-picker";
export { pickerOptions, moveItem } from "./picker-options";
export type { PickerOption } from "./picker-options";
export { searchIcd, icdSearchQueryOptions } from "./search-icd";
