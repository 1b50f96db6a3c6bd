import { useMemo } from "react";
import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { ALL_CODE_SET_FILES, icd10cmCodesReadBy, type CodeSets } from "@tpi/coding";
import type { Note } from "@tpi/schemas";
import { getIcd10cmSlice } from "../../features/api/code-set-slice";
import { fetchCodeSetText } from "./fetch-code-set-text";
import { codeSetsWithSlice, loadBaseCodeSets } from "./load-code-sets";

/**
 * The note-independent code sets, once per session. The file names are part of the key, so a new
 * quarter's files (a new manifest) are a new cache entry. Structural sharing is off because the parsed
 * sets hold functions and maps, not plain JSON.
 */
export const baseCodeSetsQueryOptions = (fetchImpl: typeof fetch = fetch) =>
  queryOptions({
    queryKey: ["code-sets", "base", ...ALL_CODE_SET_FILES] as const,
    queryFn: ({ signal }) => loadBaseCodeSets((path) => fetchCodeSetText(path, fetchImpl, signal)),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: 2,
  });

/** The ICD-10-CM slice for a set of codes (sorted, upper case: the key is the same for the same codes). */
export const icd10cmSliceQueryOptions = (codes: readonly string[]) =>
  queryOptions({
    queryKey: ["code-sets", "icd10cm-slice", ...ALL_CODE_SET_FILES, codes.join(",")] as const,
    queryFn: () => getIcd10cmSlice(codes),
    staleTime: Infinity,
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
  /** `updating`: the note's codes changed and their rows are on the way; these sets are for the codes before. */
  | { readonly status: "ready"; readonly codeSets: CodeSets; readonly updating: boolean };

/** The codes whose rows coding this note needs, as the slice key: sorted, upper case, each once. */
export function sliceCodesFor(note: Pick<Note, "diagnoses">): string[] {
  return icd10cmCodesReadBy(note)
    .filter((c) => /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/.test(c))
    .sort();
}

/**
 * The code sets for coding this note: the base sets (once per session) and the ICD-10-CM slice for its
 * codes (fetched again only when its diagnosis codes change). Cold open parses kilobytes, not the
 * 26 MB of the whole ICD-10-CM files (issue 10).
 */
export function useCodeSets(note: Pick<Note, "diagnoses"> | null): CodeSetsState {
  const codes = note ? sliceCodesFor(note) : [];
  const base = useQuery(baseCodeSetsQueryOptions());
  const slice = useQuery({
    ...icd10cmSliceQueryOptions(codes),
    enabled: note !== null,
    // Keeps the last slice while a changed list of codes loads: the panel keeps its last result
    // (marked as updating) instead of flashing "Loading".
    placeholderData: keepPreviousData,
  });
  // Parsed once per slice (a few kilobytes), not on every render.
  const codeSets = useMemo(
    () => (base.data && slice.data ? codeSetsWithSlice(base.data, slice.data) : null),
    [base.data, slice.data],
  );
  if (codeSets) return { status: "ready", codeSets, updating: slice.isPlaceholderData };
  const failed = base.isError ? base : slice.isError ? slice : null;
  if (failed) {
    return {
      status: "error",
      codeSets: null,
      error: failed.error,
      retry: () => void failed.refetch(),
    };
  }
  return { status: "loading", codeSets: null };
}
