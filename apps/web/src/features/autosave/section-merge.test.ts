import { describe, expect, it } from "vitest";
import { applyMerge, fieldDifferences, mergeSections } from "./section-merge";

const base = {
  history: { location: "neck" },
  vitals: { heartRatePerMin: 70 },
  procedure: { muscles: [{ id: "r1", triggerPoints: 3 }] },
  diagnoses: ["M79.18"],
};

describe("three-way section merge", () => {
  it("sections changed on one side only merge without asking, each from its side", () => {
    const mine = { ...base, history: { location: "neck and shoulder" } };
    const theirs = { ...base, vitals: { heartRatePerMin: 76 } };
    const merge = mergeSections(base, mine, theirs);
    expect(merge).toEqual({ mineOnly: ["history"], theirsOnly: ["vitals"], clashes: [] });
    expect(applyMerge(merge, mine, theirs)).toEqual({
      ...base,
      history: { location: "neck and shoulder" },
      vitals: { heartRatePerMin: 76 },
    });
  });

  it("the same change on both sides is no clash", () => {
    const same = { ...base, diagnoses: ["M79.18", "M62.838"] };
    expect(mergeSections(base, same, { ...same })).toEqual({
      mineOnly: [],
      theirsOnly: [],
      clashes: [],
    });
  });

  it("a section both changed differently is a clash, decided by the choice and never guessed", () => {
    const mine = { ...base, procedure: { muscles: [{ id: "r1", triggerPoints: 4 }] } };
    const theirs = { ...base, procedure: { muscles: [{ id: "r1", triggerPoints: 9 }] } };
    const merge = mergeSections(base, mine, theirs);
    expect(merge.clashes).toEqual(["procedure"]);
    expect(() => applyMerge(merge, mine, theirs)).toThrow(/procedure/);
    expect(applyMerge(merge, mine, theirs, { procedure: "mine" }).procedure).toEqual(
      mine.procedure,
    );
    expect(applyMerge(merge, mine, theirs, { procedure: "theirs" }).procedure).toEqual(
      theirs.procedure,
    );
  });

  it("a clash in one section does not stop the other sections merging", () => {
    const mine = { ...base, history: { location: "back" }, diagnoses: ["M79.12"] };
    const theirs = { ...base, history: { location: "hip" }, vitals: { heartRatePerMin: 90 } };
    const merge = mergeSections(base, mine, theirs);
    expect(merge).toEqual({
      mineOnly: ["diagnoses"],
      theirsOnly: ["vitals"],
      clashes: ["history"],
    });
    expect(applyMerge(merge, mine, theirs, { history: "theirs" })).toEqual({
      ...base,
      history: { location: "hip" },
      vitals: { heartRatePerMin: 90 },
      diagnoses: ["M79.12"],
    });
  });

  it("a section one side added (absent from base) merges like any other change", () => {
    const mine = { ...base, sameDayEm: { level: "99213" } };
    const merge = mergeSections(base, mine, base);
    expect(merge.mineOnly).toEqual(["sameDayEm"]);
  });
});

describe("field differences shown for a clash", () => {
  it("names the leaf fields that differ, with both values", () => {
    expect(
      fieldDifferences(
        "procedure",
        { muscles: [{ id: "r1", triggerPoints: 4 }] },
        { muscles: [{ id: "r1", triggerPoints: 9 }] },
      ),
    ).toEqual([{ path: "procedure.muscles.0.triggerPoints", mine: 4, theirs: 9 }]);
  });

  it("a row only one side has is one difference, not one per field", () => {
    expect(fieldDifferences("findings", [], [{ muscleId: "upper-trapezius" }])).toEqual([
      { path: "findings", mine: [], theirs: [{ muscleId: "upper-trapezius" }] },
    ]);
  });

  it("stops at the limit (at the limit, one over)", () => {
    const a = { a: 1, b: 1, c: 1 };
    const b = { a: 2, b: 2, c: 2 };
    expect(fieldDifferences("x", a, b, 3)).toHaveLength(3);
    expect(fieldDifferences("x", a, b, 2)).toHaveLength(2);
  });
});
