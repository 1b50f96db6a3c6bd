import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { IcdSearchResponseSchema, IsoDateSchema, type IcdSearchResponse } from "@tpi/schemas";

/** GET /api/icd10cm/search: one request per settled query, the response parsed with the API's schema. */
export async function searchIcd(
  q: string,
  dos: string,
  limit: number,
  signal?: AbortSignal,
): Promise<IcdSearchResponse> {
  const params = new URLSearchParams({ q, dos, limit: String(limit) });
  const response = await fetch(`/api/icd10cm/search?${params.toString()}`, {
    signal: signal ?? null,
    credentials: "same-origin",
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`ICD-10-CM search failed (${response.status})`);
  return IcdSearchResponseSchema.parse(await response.json());
}

export const icdSearchQueryOptions = (q: string, dos: string, limit = 10) =>
  queryOptions({
    queryKey: ["icd10cm-search", dos, limit, q] as const,
    queryFn: ({ signal }) => searchIcd(q, dos, limit, signal),
    // The code set is chosen by the date of service: without a real date there is nothing to ask.
    enabled: q.trim().length > 0 && IsoDateSchema.safeParse(dos).success,
    // The code set for a date does not change during a session.
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
