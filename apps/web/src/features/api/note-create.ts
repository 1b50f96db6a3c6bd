import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NoteRecordSchema, type CreateNoteRequest } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function createNote(body: CreateNoteRequest) {
  // The server answers 409 /problems/same-date-of-service for a second note on one date unless
  // confirmed. Until the new-note page warns and offers the existing note, it confirms as before.
  return request("POST", "/api/notes", NoteRecordSchema, {
    confirmSameDateOfService: true,
    ...body,
  });
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
