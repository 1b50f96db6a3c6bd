// The public API of the document package: a hand-written list of what the apps use.
export { buildDocument, DOCUMENT_TITLE, DRAFT_MARK } from "./build-document.js";
export type { DocumentInput } from "./build-document.js";
export type {
  NoteDocument,
  DocumentHeader,
  MuscleTableRow,
  DiagnosisEntry,
  ClaimLineEntry,
  PriorSessionRow,
  SignatureBlock,
  AddendumEntry,
  CodingBasis,
  CodingBasisEntry,
  SignatureInput,
  AddendumInput,
} from "./model.js";
export { layoutDocument } from "./layout.js";
export type { Block, DocumentSection, Table } from "./layout.js";
export { renderText, DEFAULT_TEXT_WIDTH } from "./render-text.js";
export { wrap } from "./wrap.js";
export { formatTimestamp, pointerLetter } from "./format.js";
export { narrate, narrateSections } from "./narrative/narrate.js";
export type { NarrativeSection } from "./narrative/narrate.js";
