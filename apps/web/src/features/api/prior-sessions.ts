import { queryOptions, useQuery } from "@tanstack/react-query";
import { PriorSessionsResponseSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

/** The patient's earlier signed sessions (from the record) and this note's reported ones. */
export function getPriorSessions(noteId: string) {
  return request(
    "GET",
    `/api/notes/${encodeURIComponent(noteId)}/prior-sessions`,
    PriorSessionsResponseSchema,
  );
}

export function usePriorSessions(noteId: string, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.notePriorSessions(noteId),
      queryFn: () => getPriorSessions(noteId),
      enabled,
    }),
  );
}
