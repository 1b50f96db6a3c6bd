import { useQuery } from "@tanstack/react-query";
import { NoteDocumentSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

/** GET /api/notes/:id/document: the note as the print view, PDF and text show it. */
export function getNoteDocument(id: string) {
  return request("GET", `/api/notes/${encodeURIComponent(id)}/document`, NoteDocumentSchema);
}

export function useNoteDocument(id: string) {
  return useQuery({
    queryKey: queryKeys.noteDocument(id),
    queryFn: () => getNoteDocument(id),
    // Printed as it is now: a draft may have changed since the last visit to this page.
    staleTime: 0,
  });
}
