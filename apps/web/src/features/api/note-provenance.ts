import { NoteProvenanceSchema } from "@tpi/schemas";
import { request } from "./http";

/** Who last wrote each section of a note (GET /api/notes/:id/provenance). */
export function getNoteProvenance(id: string) {
  return request("GET", `/api/notes/${encodeURIComponent(id)}/provenance`, NoteProvenanceSchema);
}
