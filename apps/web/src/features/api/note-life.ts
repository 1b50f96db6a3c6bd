import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import {
  AddendumSchema,
  CoderQuerySchema,
  NoteRecordSchema,
  type AddendumRequest,
  type CoderQueryRequest,
  type DiscardNoteRequest,
  type HandOverRequest,
  type NoteRecord,
  type SignNoteRequest,
} from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

// The note's life after writing: hand-over, sign, discard, addenda, coder queries, marking coded.
// Each write changes the note's status or what hangs off it, so the note, its patient's list and the
// worklists are refreshed after it.

const notePath = (id: string, action: string) => `/api/notes/${encodeURIComponent(id)}/${action}`;

export function handOverNote(id: string, body: HandOverRequest) {
  return request("POST", notePath(id, "hand-over"), NoteRecordSchema, body);
}

/** 422 /problems/sign-blocked carries the blocking findings and checklist items (ProblemError). */
export function signNote(id: string, body: SignNoteRequest) {
  return request("POST", notePath(id, "sign"), NoteRecordSchema, body);
}

export function discardNote(id: string, body: DiscardNoteRequest) {
  return request("POST", notePath(id, "discard"), NoteRecordSchema, body);
}

export function addAddendum(id: string, body: AddendumRequest) {
  return request("POST", notePath(id, "addenda"), AddendumSchema, body);
}

export function sendCoderQuery(id: string, body: CoderQueryRequest) {
  return request("POST", notePath(id, "queries"), CoderQuerySchema, body);
}

export function markCoded(id: string) {
  return request("POST", notePath(id, "coded"), NoteRecordSchema, {});
}

async function refreshAfterWrite(queryClient: QueryClient, id: string, record?: NoteRecord) {
  if (record) queryClient.setQueryData(queryKeys.note(id), record);
  await Promise.all([
    record ? null : queryClient.invalidateQueries({ queryKey: queryKeys.note(id), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.worklists }),
    record
      ? queryClient.invalidateQueries({ queryKey: queryKeys.patientNotes(record.patientId) })
      : null,
  ]);
}

/** One hook per note for its life actions; every success refreshes the note and the worklists. */
export function useNoteLife(id: string) {
  const queryClient = useQueryClient();
  const onRecord = (record: NoteRecord) => refreshAfterWrite(queryClient, id, record);
  const onOther = () => refreshAfterWrite(queryClient, id);
  return {
    handOver: useMutation({
      mutationFn: (body: HandOverRequest) => handOverNote(id, body),
      onSuccess: onRecord,
    }),
    sign: useMutation({
      mutationFn: (body: SignNoteRequest) => signNote(id, body),
      onSuccess: onRecord,
    }),
    discard: useMutation({
      mutationFn: (body: DiscardNoteRequest) => discardNote(id, body),
      onSuccess: onRecord,
    }),
    addendum: useMutation({
      mutationFn: (body: AddendumRequest) => addAddendum(id, body),
      onSuccess: onOther,
    }),
    query: useMutation({
      mutationFn: (body: CoderQueryRequest) => sendCoderQuery(id, body),
      onSuccess: onOther,
    }),
    markCoded: useMutation({ mutationFn: () => markCoded(id), onSuccess: onRecord }),
  };
}
