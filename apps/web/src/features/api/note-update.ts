import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NoteRecordSchema, type UpdateNoteRequest } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function updateNote(id: string, body: UpdateNoteRequest) {
  return request("PUT", `/api/notes/${encodeURIComponent(id)}`, NoteRecordSchema, body);
}

/** A 409 (stale version or signed note) comes back as a ProblemError with status 409; the editor decides. */
export function useUpdateNote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNoteRequest) => updateNote(id, body),
    onSuccess: (record) => {
      queryClient.setQueryData(queryKeys.note(record.id), record);
      void queryClient.invalidateQueries({ queryKey: queryKeys.patientNotes(record.patientId) });
      // The save may have made this user the last author of some sections.
      void queryClient.invalidateQueries({ queryKey: queryKeys.noteProvenance(record.id) });
    },
  });
}
