import { queryOptions, useQuery } from "@tanstack/react-query";
import { NoteRecordSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function getNote(id: string) {
  return request("GET", `/api/notes/${encodeURIComponent(id)}`, NoteRecordSchema);
}

export function noteQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.note(id),
    queryFn: () => getNote(id),
    // The editor owns the working copy; a background refetch must never replace what is being typed.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useNote(id: string) {
  return useQuery(noteQueryOptions(id));
}
