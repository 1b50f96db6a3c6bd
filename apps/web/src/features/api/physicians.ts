import { queryOptions, useQuery } from "@tanstack/react-query";
import { PhysicianListSchema } from "@tpi/schemas";
import { request } from "./http";

/** The clinic's active physicians, to hand a draft over to one by name. */
export function listPhysicians() {
  return request("GET", "/api/physicians", PhysicianListSchema);
}

export function usePhysicians(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["physicians"] as const,
      queryFn: listPhysicians,
      enabled,
      staleTime: 5 * 60_000,
      // Without the list the hand-over still works ("any physician"): no retries to wait through.
      retry: false,
    }),
  );
}
