import type { NoteExport } from "./note-document.js";

/**
 * "tpi-note-DEMO-0002-2026-11-20.pdf": the record number and date of service, reduced to characters
 * that are safe in a Content-Disposition header and in any file system.
 */
export function exportFileName(e: Pick<NoteExport, "patient" | "record">, ext: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, "_");
  return `tpi-note-${safe(e.patient.mrn)}-${safe(e.record.note.dateOfService)}.${ext}`;
}
