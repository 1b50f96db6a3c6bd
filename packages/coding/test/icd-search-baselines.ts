import MiniSearch from "minisearch";
import type { IcdCodeSet, IcdTerm } from "../src/codesets/types.js";
import { resolveTermTargets } from "../src/icd-search/index-terms.js";

/**
 * The documents the baseline libraries search in the ICD-10-CM search bench and the held-out test:
 * every code-set entry with the official Index / inclusion terms that resolve to it, so they see
 * the same data as our index.
 */
export interface BenchDoc {
  readonly id: number;
  readonly code: string;
  readonly codeDotless: string;
  readonly title: string;
  /** Index / inclusion terms resolving to this entry, joined. */
  readonly terms: string;
}

/** One document per code-set entry, in tabular order (the id is the entry's position). */
export function benchDocs(codeSet: IcdCodeSet, terms: readonly IcdTerm[]): BenchDoc[] {
  const position = new Map(codeSet.entries.map((e, i) => [e.code, i]));
  const termsOf = new Map<number, string[]>();
  for (const term of terms) {
    for (const target of resolveTermTargets(codeSet, term)) {
      const i = position.get(target.code);
      if (i === undefined) continue;
      const list = termsOf.get(i) ?? [];
      list.push(term.term);
      termsOf.set(i, list);
    }
  }
  return codeSet.entries.map((e, i) => ({
    id: i,
    code: e.code,
    codeDotless: e.code.replace(".", ""),
    title: e.longTitle,
    terms: (termsOf.get(i) ?? []).join(" | "),
  }));
}

/** MiniSearch 7 as benchmarked: prefix and fuzzy search, the code fields boosted like ours. */
export function buildMiniSearch(docs: readonly BenchDoc[]): MiniSearch<BenchDoc> {
  const m = new MiniSearch<BenchDoc>({
    fields: ["code", "codeDotless", "title", "terms"],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { code: 3, codeDotless: 3, terms: 1.5 } },
  });
  m.addAll(docs);
  return m;
}

/** MiniSearch's top codes for a query, best first, without repeats. */
export function miniSearchTop(
  mini: MiniSearch<BenchDoc>,
  docs: readonly BenchDoc[],
  query: string,
  top: number,
): string[] {
  const ids = mini.search(query).map((r) => Number(r.id));
  return [...new Set(ids.map((id) => docs[id]?.code ?? ""))].slice(0, top);
}
