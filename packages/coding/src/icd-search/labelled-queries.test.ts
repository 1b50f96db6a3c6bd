import { loadCodeSets, loadIcdTerms } from "@tpi/codesets";
import { beforeAll, describe, expect, test } from "vitest";
import { labelledHit } from "./labelled-hit.js";
import { ICD_SEARCH_LABELLED_QUERIES } from "./labelled-queries.js";
import { buildIcdSearchIndex, type IcdSearchIndex } from "./search-index.js";

const TOP = 5;
const MIN_HIT_RATE = 0.95;

const sets = loadCodeSets().icd10cm;
const indexes = new Map<string, IcdSearchIndex>();
const indexFor = (id: string): IcdSearchIndex => {
  const index = indexes.get(id);
  if (!index) throw new Error(`no index for ${id}`);
  return index;
};

beforeAll(() => {
  for (const set of sets) indexes.set(set.id, buildIcdSearchIndex(set, loadIcdTerms()));
}, 120_000);

const topCodes = (fy: string, query: string): string[] =>
  indexFor(fy)
    .search(query, TOP)
    .map((h) => h.code);

describe("labelled diagnosis queries", () => {
  test("there are at least 60, with distinct queries", () => {
    expect(ICD_SEARCH_LABELLED_QUERIES.length).toBeGreaterThanOrEqual(60);
    const queries = ICD_SEARCH_LABELLED_QUERIES.map((q) => q.query.toLowerCase());
    expect(new Set(queries).size).toBe(queries.length);
  });

  test.each(
    ICD_SEARCH_LABELLED_QUERIES.flatMap((q) =>
      q.expected === null ? [] : [[q.query, q.expected] as const],
    ),
  )("expected code %s -> %s exists and is billable in every loaded year", (_query, expected) => {
    for (const set of sets) {
      expect(set.get(expected)?.billable, `${expected} in ${set.id}`).toBe(true);
    }
  });

  for (const fy of ["FY2026", "FY2027"]) {
    describe(fy, () => {
      const found = ICD_SEARCH_LABELLED_QUERIES.filter(
        (q) => q.knownMiss === undefined && q.expected !== null,
      );
      test.each(found.filter((q) => q.top === undefined))(
        "'$query' has $expected in the top 5 ($why)",
        ({ query, expected }) => {
          expect(topCodes(fy, query)).toContain(expected);
        },
      );

      test.each(found.filter((q) => q.top !== undefined))(
        "ranking: '$query' has $expected within the first $top ($why)",
        ({ query, expected, top }) => {
          expect(topCodes(fy, query).slice(0, top)).toContain(expected);
        },
      );

      test.each(ICD_SEARCH_LABELLED_QUERIES.filter((q) => q.expected === null))(
        "nonsense '$query' returns no match ($why)",
        ({ query }) => {
          expect(topCodes(fy, query)).toEqual([]);
        },
      );

      // Known misses stay visible: when the search improves, this fails and the label is updated.
      test.each(ICD_SEARCH_LABELLED_QUERIES.filter((q) => q.knownMiss !== undefined))(
        "known miss '$query' -> $expected ($knownMiss)",
        (q) => {
          expect(labelledHit(q, topCodes(fy, q.query))).toBe(false);
        },
      );

      test(`top-5 hit rate is at least ${MIN_HIT_RATE}`, () => {
        const hits = ICD_SEARCH_LABELLED_QUERIES.filter((q) =>
          labelledHit(q, topCodes(fy, q.query)),
        ).length;
        expect(hits / ICD_SEARCH_LABELLED_QUERIES.length).toBeGreaterThanOrEqual(MIN_HIT_RATE);
      });
    });
  }
});
