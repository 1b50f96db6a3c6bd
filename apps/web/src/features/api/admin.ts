import {
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod/mini";
import {
  AdminUserSchema,
  AuditPageSchema,
  ClinicPayerProfileListSchema,
  PayerProfileSchema,
  type AuditPage,
  type AuditQuery,
  type CreateUserRequest,
  type ResetPasswordRequest,
  type UpdateUserRequest,
} from "@tpi/schemas";
import { request, requestNoContent } from "./http";
import { payerProfilesQueryOptions } from "./payer-profiles-list";

/** The admin area's API: accounts, the audit trail, the clinic's payer profiles. */

export const adminKeys = {
  users: ["admin", "users"] as const,
  audit: (query: AuditQuery) => ["admin", "audit", query] as const,
  payerProfiles: ["admin", "payer-profiles"] as const,
};

export const usersQueryOptions = queryOptions({
  queryKey: adminKeys.users,
  queryFn: () => request("GET", "/api/admin/users", z.array(AdminUserSchema)),
});

export function useUsers() {
  return useQuery(usersQueryOptions);
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) =>
      request("POST", "/api/admin/users", AdminUserSchema, body),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UpdateUserRequest }) =>
      request("PATCH", `/api/admin/users/${encodeURIComponent(id)}`, AdminUserSchema, change),
    onSuccess: () => client.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ResetPasswordRequest }) =>
      requestNoContent("POST", `/api/admin/users/${encodeURIComponent(id)}/password`, body),
  });
}

/** The query string of an audit query: only the filters that are set. */
export function auditSearch(query: AuditQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === "number" || (typeof value === "string" && value !== "")) {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

/** The trail for these filters, newest first, a page at a time ("Show older entries" adds the next). */
export function useAuditTrail(query: AuditQuery) {
  return useInfiniteQuery({
    queryKey: adminKeys.audit(query),
    queryFn: ({ pageParam }: { pageParam: number | null }) => {
      const qs = auditSearch(pageParam === null ? query : { ...query, before: pageParam });
      return request("GET", `/api/admin/audit${qs ? `?${qs}` : ""}`, AuditPageSchema);
    },
    initialPageParam: null as number | null,
    getNextPageParam: (last: AuditPage) => last.nextBefore,
    placeholderData: keepPreviousData,
  });
}

export function useClinicPayerProfiles() {
  return useQuery(
    queryOptions({
      queryKey: adminKeys.payerProfiles,
      queryFn: () => request("GET", "/api/admin/payer-profiles", ClinicPayerProfileListSchema),
    }),
  );
}

/** Saves a profile: version 1 of a new id, or the next version of `versionOf`. */
export function useSavePayerProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ profile, versionOf }: { profile: unknown; versionOf: string | null }) =>
      request(
        "POST",
        versionOf === null
          ? "/api/admin/payer-profiles"
          : `/api/admin/payer-profiles/${encodeURIComponent(versionOf)}/versions`,
        PayerProfileSchema,
        profile,
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: adminKeys.payerProfiles });
      // The engine in this browser codes with the new version from now on.
      await client.invalidateQueries({ queryKey: payerProfilesQueryOptions.queryKey });
    },
  });
}
