export { DocumentView } from "./document-view";
export { CopyNoteButton } from "./copy-note-button";
export { ExportLinks, mayExport } from "./export-links";
export { ClaimLinesCsvLink } from "./claim-lines-csv-link";
export { pageRules } from "./page-rules";
export type { Paper } from "./page-rules";
