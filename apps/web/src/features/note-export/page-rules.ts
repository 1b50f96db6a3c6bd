import type { NoteDocument } from "@tpi/schemas";

export type Paper = "letter" | "a4";

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/[\r\n]+/g, " ")}"`;

/**
 * The @page rules of the print view: paper size, and in the page margins the patient and the draft
 * mark at the top and the page number at the bottom, on every printed page (CSS page margin boxes,
 * which Chromium prints since version 131).
 */
export function pageRules(doc: NoteDocument, paper: Paper): string {
  const h = doc.header;
  const patient = `${h.patient.name} · DOB ${h.patient.birthDate} · MRN ${h.patient.mrn} · DOS ${h.dateOfService}`;
  return `@page {
  size: ${paper === "a4" ? "A4" : "letter"};
  margin: 20mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(patient)}; font: 8pt system-ui, sans-serif; color: #555; }
  @top-right { content: ${cssString(doc.draftMark ?? "")}; font: bold 10pt system-ui, sans-serif; color: #b00020; }
  @bottom-left { content: ${cssString(`Note ${doc.noteId}`)}; font: 8pt system-ui, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
}`;
}
