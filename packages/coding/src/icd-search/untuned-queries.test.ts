import { loadCodeSets } from "@tpi/codesets";
import { describe, expect, test } from "vitest";
import { ICD_SEARCH_LABELLED_QUERIES } from "./labelled-queries.js";
import { ICD_SEARCH_UNTUNED_QUERIES } from "./untuned-queries.js";

const sets = loadCodeSets().icd10cm;
const key = (q: string): string => q.trim().toLowerCase();

describe("the held-out (untuned) diagnosis queries", () => {
  test("there are at least 40, distinct, and none is also in the tuning set", () => {
    expect(ICD_SEARCH_UNTUNED_QUERIES.length).toBeGreaterThanOrEqual(40);
    const held = ICD_SEARCH_UNTUNED_QUERIES.map((q) => key(q.query));
    expect(new Set(held).size).toBe(held.length);
    const tuning = new Set(ICD_SEARCH_LABELLED_QUERIES.map((q) => key(q.query)));
    expect(held.filter((q) => tuning.has(q))).toEqual([]);
  });

  test("nonsense and no-such-code queries are among them", () => {
    expect(ICD_SEARCH_UNTUNED_QUERIES.filter((q) => q.expected === null).length).toBeGreaterThan(3);
  });

  test.each(
    ICD_SEARCH_UNTUNED_QUERIES.flatMap((q) =>
      q.expected === null ? [] : [[q.query, q.expected] as const],
    ),
  )("expected code %s -> %s exists and is billable in every loaded year", (_query, expected) => {
    for (const set of sets) {
      expect(set.get(expected)?.billable, `${expected} in ${set.id}`).toBe(true);
    }
  });

  test.each(ICD_SEARCH_UNTUNED_QUERIES.filter((q) => q.expected === null))(
    "'$query' (nonsense) names no code of any loaded year",
    ({ query }) => {
      for (const set of sets) expect(set.get(query.toUpperCase())).toBeUndefined();
    },
  );
});
