import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { WorklistSchema, type CoderWorklistQuery } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

/** The signed-in user's own worklist (physician: drafts and hand-overs; assistant: drafts). */
export function getMyWorklist() {
  return request("GET", "/api/worklists/me", WorklistSchema);
}

/** Signed, not yet coded notes, filtered. */
export function getCoderWorklist(filters: CoderWorklistQuery) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === "string" && value !== "") search.set(key, value);
  }
  const qs = search.toString();
  return request("GET", `/api/worklists/coder${qs ? `?${qs}` : ""}`, WorklistSchema);
}

export function useMyWorklist() {
  return useQuery(
    queryOptions({ queryKey: [...queryKeys.worklists, "me"], queryFn: getMyWorklist }),
  );
}

export function useCoderWorklist(filters: CoderWorklistQuery) {
  return useQuery(
    queryOptions({
      queryKey: [...queryKeys.worklists, "coder", filters],
      queryFn: () => getCoderWorklist(filters),
      // Keep the rows on screen while a changed filter loads, instead of flashing "Loading".
      placeholderData: keepPreviousData,
    }),
  );
}
