import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NoteRecordSchema, type CreateNoteRequest } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

/**
 * The server answers 409 /problems/same-date-of-service for a second note on one date unless the
 * body confirms it (the new-note page warns first and offers the existing note).
 */
export function createNote(body: CreateNoteRequest) {
  return request("POST", "/api/notes", NoteRecordSchema, body);
}

export function useCreateNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNote,
    onSuccess: (record) => {
      queryClient.setQueryData(queryKeys.note(record.id), record);
      void queryClient.invalidateQueries({ queryKey: queryKeys.patientNotes(record.patientId) });
    },
  });
}
