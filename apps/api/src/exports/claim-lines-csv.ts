import { stringify } from "csv-stringify/sync";
import type { SignedNoteForCsv } from "./claim-lines.store.js";

/** The coder's CSV columns, in order: one row per claim line of a signed note. */
export const CLAIM_LINES_CSV_COLUMNS = [
  "Date of service",
  "Patient MRN",
  "Note ID",
  "Rendering provider",
  "NPI",
  "Payer profile",
  "Code",
  "Modifiers",
  "Units",
  "Diagnoses (pointer order)",
  "Signed by",
  "Signed at",
  "Coded",
] as const;

function rowsOf(n: SignedNoteForCsv): (string | number)[][] {
  const provider = n.note.renderingProvider;
  return n.result.claimLines.map((line) => [
    n.note.dateOfService,
    n.mrn,
    n.noteId,
    [provider.name, provider.credentials].filter((p) => p !== "").join(", "),
    provider.npi ?? "",
    n.result.payerProfile?.name ?? n.note.payerProfileId,
    line.code,
    line.modifiers.join(" "),
    line.units,
    line.diagnosisPointers.map((p) => n.note.diagnoses[p - 1] ?? `#${p}`).join(" "),
    n.signedBy,
    n.signedAt,
    n.coded ? "yes" : "no",
  ]);
}

/**
 * RFC 4180 CSV (CRLF records, fields with commas, quotes or line breaks quoted, quotes doubled) in
 * UTF-8 with a byte-order mark, so Excel reads accented names correctly. A cell starting with =, +, -,
 * @, tab or CR gets a leading apostrophe (csv-stringify's escape_formulas), so a spreadsheet shows it
 * as text and never runs it as a formula.
 */
export function claimLinesCsv(notes: readonly SignedNoteForCsv[]): string {
  return stringify([[...CLAIM_LINES_CSV_COLUMNS], ...notes.flatMap(rowsOf)], {
    bom: true,
    record_delimiter: "windows",
    escape_formulas: true,
  });
}
