import { useQueries } from "@tanstack/react-query";
import { icdSearchQueryOptions } from "./search-icd";

/**
 * Titles for codes already on the note (opened from the server, or copied forward): each code is
 * looked up once through the same search endpoint; codes picked in this session already have a title.
 */
export function useCodeTitles(
  codes: readonly string[],
  dos: string,
  known: ReadonlyMap<string, string>,
): ReadonlyMap<string, string> {
  const unknown = codes.filter((c) => !known.has(c));
  const results = useQueries({
    queries: unknown.map((code) => ({
      ...icdSearchQueryOptions(code, dos, 5),
      placeholderData: undefined,
    })),
  });
  const titles = new Map(known);
  results.forEach((r, i) => {
    const code = unknown[i];
    if (!code || !r.data) return;
    for (const hit of r.data.hits) {
      if (hit.code === code) titles.set(code, hit.title);
      for (const child of hit.billableChildren) {
        if (child.code === code) titles.set(code, child.title);
      }
    }
  });
  return titles;
}
