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
  // Built-in profiles change with a release; the clinic's when an admin saves one (this browser's
  // admin screen refreshes it at once; others within a few minutes or on the next page load).
  staleTime: 5 * 60_000,
});

export function usePayerProfiles() {
  return useQuery(payerProfilesQueryOptions);
}
