import { queryOptions, useQuery } from "@tanstack/react-query";
import { ALL_CODE_SET_FILES, type CodeSets } from "@tpi/coding";
import { fetchCodeSetText } from "./fetch-code-set-text";
import { loadCodeSets } from "./load-code-sets";

/**
 * One query for all code sets. The file names are part of the key, so a new quarter's files (a new
 * manifest) are a new cache entry. The data never goes stale within a session and is never refetched;
 * structural sharing is off because the parsed sets hold functions and maps, not plain JSON.
 */
export const codeSetsQueryOptions = (fetchImpl: typeof fetch = fetch) =>
  queryOptions({
    queryKey: ["code-sets", ...ALL_CODE_SET_FILES] as const,
    queryFn: ({ signal }) => loadCodeSets((file) => fetchCodeSetText(file, fetchImpl, signal)),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: 2,
  });

export type CodeSetsState =
  | { readonly status: "loading"; readonly codeSets: null }
  | {
      readonly status: "error";
      readonly codeSets: null;
      readonly error: Error;
      readonly retry: () => void;
    }
  | { readonly status: "ready"; readonly codeSets: CodeSets };

/** The official code sets, loaded lazily on first use and kept for the session. */
export function useCodeSets(): CodeSetsState {
  const query = useQuery(codeSetsQueryOptions());
  if (query.data) return { status: "ready", codeSets: query.data };
  if (query.isError) {
    return {
      status: "error",
      codeSets: null,
      error: query.error,
      retry: () => void query.refetch(),
    };
  }
  return { status: "loading", codeSets: null };
}
