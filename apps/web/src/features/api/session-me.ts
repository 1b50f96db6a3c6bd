import { queryOptions, useQuery } from "@tanstack/react-query";
import { UserSchema } from "@tpi/schemas";
import { request } from "./http";
import { queryKeys } from "./query-keys";

export function getMe() {
  return request("GET", "/api/session/me", UserSchema);
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
