import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod/mini";
import { PayerProfileSchema } from "@tpi/schemas";
import { request } from "./http";

export function listPayerProfiles() {
  return request("GET", "/api/payer-profiles", z.array(PayerProfileSchema));
}

export const payerProfilesQueryOptions = queryOptions({
  queryKey: ["payer-profiles"] as const,
  queryFn: listPayerProfiles,
  // Profiles change with a release, not during a session.
  staleTime: Infinity,
});

export function usePayerProfiles() {
  return useQuery(payerProfilesQueryOptions);
}
