import { queryOptions, useQuery } from "@tanstack/react-query";
import { SessionMeSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

/** The signed-in user and what their role may do (the controls to show, the sections to leave open). */
export function getMe() {
  return request("GET", "/api/session/me", SessionMeSchema);
}

export const meQueryOptions = queryOptions({
  queryKey: queryKeys.session,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
