// The note's save path: the autosave state machine, its controller and React hook, the three-way
// section merge. The editor page renders what `useAutosaveView` reports.
export { DEBOUNCE_MS, type Refusal, type SaveStatus } from "./autosave-machine";
export {
  createAutosave,
  type Autosave,
  type AutosaveNotice,
  type AutosaveTransport,
  type AutosaveView,
  type ConflictView,
} from "./autosave-controller";
export { fieldDifferences, type FieldDifference, type Side } from "./section-merge";
export { useAutosave, useAutosaveView } from "./use-autosave";
