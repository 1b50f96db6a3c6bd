import { loadCodeSets, loadIcdTerms } from "@tpi/codesets";
import { beforeAll, describe, expect, test } from "vitest";
import { buildIcdSearchIndex, type IcdSearchIndex } from "./search-index.js";

const sets = loadCodeSets().icd10cm;
const terms = loadIcdTerms();
let fy2026: IcdSearchIndex;
let fy2027: IcdSearchIndex;

beforeAll(() => {
  const set = (id: string) => {
    const found = sets.find((s) => s.id === id);
    if (!found) throw new Error(`code set ${id} not loaded`);
    return found;
  };
  fy2026 = buildIcdSearchIndex(set("FY2026"), terms);
  fy2027 = buildIcdSearchIndex(set("FY2027"), terms);
}, 120_000);

const first = (index: IcdSearchIndex, query: string) => index.search(query, 10)[0];

describe("codes", () => {
  test.each([
    ["M79.18", "m7918"],
    ["M54.2", "m542"],
    ["S13.4XXA", "s134xxa"],
    ["G44.209", "G44209"],
    ["M79.1", "m791"],
    ["M54.50", " m54.50 "],
  ])("%s and %s find the same codes in the same order", (withDot, withoutDot) => {
    const a = fy2027.search(withDot).map((h) => h.code);
    expect(a[0]).toBe(withDot.trim().toUpperCase());
    expect(fy2027.search(withoutDot).map((h) => h.code)).toEqual(a);
  });

  test("a code prefix lists the codes below it: the code typed, then shorter billable codes first", () => {
    const codes = fy2027.search("m54", 10).map((h) => h.code);
    expect(codes.slice(0, 4)).toEqual(["M54", "M54.2", "M54.6", "M54.9"]);
    expect(codes.every((c) => c.startsWith("M54"))).toBe(true);
  });

  test("the exact code comes back with matchedTerm naming it", () => {
    expect(first(fy2027, "m7918")).toMatchObject({
      code: "M79.18",
      billable: true,
      matchedTerm: "M79.18",
    });
  });
});

describe("headers", () => {
  test("a header comes back non-billable with its billable children", () => {
    const hit = fy2027.search("M79.1", 1)[0];
    expect(hit).toMatchObject({ code: "M79.1", billable: false });
    expect(hit?.billableChildren.map((c) => c.code)).toEqual([
      "M79.10",
      "M79.11",
      "M79.12",
      "M79.18",
    ]);
    expect(hit?.billableChildren[3]?.title).toBe("Myalgia, other site");
  });

  test("a billable code has no children listed", () => {
    expect(first(fy2027, "M79.18")?.billableChildren).toEqual([]);
  });

  test("at an equal match the billable code comes before its header", () => {
    // Inclusion 'Tennis elbow' sits under the header M77.1: its billable children first.
    const codes = fy2027.search("tennis elbow", 4).map((h) => h.code);
    expect(codes).toEqual(["M77.10", "M77.11", "M77.12", "M77.1"]);
  });
});

describe("Index terms", () => {
  test.each([
    ["myofascial pain syndrome", "M79.18", "Syndrome, myofascial pain"],
    ["whiplash", "S13.4XXA", "Syndrome, whiplash"],
    ["chronic pain syndrome", "G89.4", "Syndrome, chronic, pain"],
    ["muscle spasm of back", "M62.830", "Spasm(s), spastic, spasticity, muscle NEC, back"],
    ["lumbago", "M54.50", "Lumbago, lumbalgia"],
  ])("'%s' -> %s through '%s'", (query, code, term) => {
    expect(first(fy2027, query)).toMatchObject({ code, matchedTerm: term });
  });

  test("an incomplete Index code resolves to its billable children ('Pain(s), shoulder' -> M25.51-)", () => {
    const codes = fy2027.search("shoulder pain", 3).map((h) => h.code);
    expect([...codes].sort()).toEqual(["M25.511", "M25.512", "M25.519"]);
    // With no side typed, the unspecified side first.
    expect(codes[0]).toBe("M25.519");
  });

  test("a side typed picks that child", () => {
    expect(first(fy2027, "shoulder pain right")?.code).toBe("M25.511");
    expect(first(fy2027, "left shoulder pain")?.code).toBe("M25.512");
  });

  test("an injury code lacking its 7th character resolves to the initial encounter", () => {
    const codes = fy2027.search("whiplash injury", 10).map((h) => h.code);
    expect(codes[0]).toBe("S13.4XXA");
    expect(codes).not.toContain("S13.4XXD");
    expect(codes).not.toContain("S13.4XXS");
  });

  test.each(
    terms.filter((t) => t.kind === "excludes1" || t.kind === "excludes2").map((t) => [t.term]),
  )("an Excludes note is not a search term: '%s'", (text) => {
    const used = new Set(
      terms.filter((t) => t.kind === "index" || t.kind === "inclusion").map((t) => t.term),
    );
    for (const hit of fy2027.search(text, 20)) {
      if (!used.has(text)) expect(hit.matchedTerm).not.toBe(text);
    }
  });
});

describe("words", () => {
  test.each([
    ["fibromyalga", "M79.7"],
    ["cervicalga", "M54.2"],
    ["tension headahce", "G44.209"],
    ["myof pain", "M79.18"],
    ["LBP", "M54.50"],
    ["TTH", "G44.209"],
    ["pain low back", "M54.50"],
  ])("'%s' -> %s first", (query, code) => {
    expect(first(fy2027, query)?.code).toBe(code);
  });

  test.each(["LBP", "rt shoulder pain", "cervicalga", "TTH", "fibromyalga"])(
    "'%s' (shorthand or typo): every hit says what it matched",
    (query) => {
      const hits = fy2027.search(query, 10);
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.matchedTerm).not.toBeNull();
    },
  );

  test.each([
    ["muscle spasm of calf", "M62.831"],
    ["occipital neuralgia", "M54.81"],
  ])("a plain title match needs no explanation: '%s' -> %s", (query, code) => {
    expect(first(fy2027, query)).toMatchObject({ code, matchedTerm: null });
  });
});

describe("code-set years", () => {
  test("M72.2 is billable in FY2026 and a header with children in FY2027", () => {
    expect(first(fy2026, "M72.2")).toMatchObject({
      code: "M72.2",
      billable: true,
      billableChildren: [],
    });
    const hit = first(fy2027, "M72.2");
    expect(hit).toMatchObject({ code: "M72.2", billable: false });
    expect(hit?.billableChildren.map((c) => c.code)).toEqual(["M72.20", "M72.21", "M72.22"]);
  });

  test("an FY2027 Index entry resolves to the code that exists in each year", () => {
    // 'Fibromatosis, plantar (fascial) (foot)' -> M72.2- (FY2027 Index).
    expect(first(fy2026, "plantar fibromatosis")?.code).toBe("M72.2");
    expect(first(fy2027, "plantar fibromatosis")?.code).toMatch(/^M72\.2[012]$/);
  });

  test("a code added in FY2027 is not found in FY2026", () => {
    expect(first(fy2027, "M67.A01")?.code).toBe("M67.A01");
    expect(fy2026.search("M67.A01").map((h) => h.code)).not.toContain("M67.A01");
  });

  test("the index says which code set it searches", () => {
    expect(fy2026.codeSetId).toBe("FY2026");
    expect(fy2027.stats).toMatchObject({ codeSet: "FY2027", entries: 98_403 });
  });
});

describe("nothing to find", () => {
  test.each(["", "   ", "!!!", "-", ".", "zzzzqqqxx", "qwxz vbnm", "the of and", "a"])(
    "'%s' returns [] without throwing",
    (query) => {
      expect(fy2027.search(query)).toEqual([]);
    },
  );

  test.each([0, -1, Number.NaN])("limit %s returns []", (limit) => {
    expect(fy2027.search("pain", limit)).toEqual([]);
  });

  test("limit caps the hits", () => {
    expect(fy2027.search("pain", 3)).toHaveLength(3);
    expect(fy2027.search("pain")).toHaveLength(10);
  });
});
