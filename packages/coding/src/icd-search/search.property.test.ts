import { loadCodeSets, loadIcdTerms } from "@tpi/codesets";
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { ICD_SEARCH_LABELLED_QUERIES } from "./labelled-queries.js";
import type { IcdCodeSet } from "../codesets/types.js";
import { buildIcdSearchIndex, type IcdSearchIndex } from "./search-index.js";

let index: IcdSearchIndex;
let codeSet: IcdCodeSet;

beforeAll(() => {
  const set = loadCodeSets().icd10cm.find((s) => s.id === "FY2027");
  if (!set) throw new Error("FY2027 not loaded");
  codeSet = set;
  index = buildIcdSearchIndex(set, loadIcdTerms());
}, 120_000);

// Queries built from clinical words, codes and noise, so the property reaches the scoring paths
// (plain random strings almost never match anything).
const clinicalWord = fc.constantFrom(
  ...ICD_SEARCH_LABELLED_QUERIES.flatMap((q) => q.query.split(/\s+/)),
  "right",
  "left",
  "other",
  "unspecified",
  "M54",
  "s13.4",
  "(s)",
  "-",
);
const query = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.array(clinicalWord, { maxLength: 14 }).map((ws) => ws.join(" ")),
  fc
    .tuple(fc.array(clinicalWord, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 6 }))
    .map(([ws, noise]) => `${ws.join(" ")}${noise}`),
);
const limit = fc.oneof(
  fc.integer({ min: -3, max: 60 }),
  fc.constantFrom(Number.NaN, 0.5, 2.7, 1e9),
);

describe("search properties", () => {
  test("never throws and never returns more than the limit", () => {
    fc.assert(
      fc.property(query, limit, (q, k) => {
        const hits = index.search(q, k);
        expect(hits.length).toBeLessThanOrEqual(Math.max(0, Number.isNaN(k) ? 0 : Math.floor(k)));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  test("is deterministic: the same query gives the same hits, whatever ran before", () => {
    fc.assert(
      fc.property(query, query, (a, b) => {
        const once = index.search(a, 10);
        index.search(b, 10);
        expect(index.search(a, 10)).toEqual(once);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test("every hit is an entry of the set, as the set has it; headers list their billable children", () => {
    fc.assert(
      fc.property(query, (q) => {
        for (const hit of index.search(q, 20)) {
          const entry = codeSet.get(hit.code);
          expect(entry?.code).toBe(hit.code);
          expect(hit.billable).toBe(entry?.billable);
          expect(hit.title).toBe(entry?.longTitle);
          if (hit.billable) expect(hit.billableChildren).toEqual([]);
          else expect(hit.billableChildren.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
