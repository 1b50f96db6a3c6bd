import { describe, expect, test } from "vitest";
import { MUSCLE_WORDS } from "./muscle-sites.js";
import { queryVariants } from "./query-variants.js";

const vocabulary = new Set(["postlaminectomy", "postherpetic", "syndrome", "neuralgia"]);
const readings = (q: string): string[] =>
  queryVariants(q, (w) => vocabulary.has(w)).map((v) => v.words.join(" "));

describe("readings of a query", () => {
  test("the literal reading comes first and is the only one marked literal", () => {
    const variants = queryVariants("trapezius spasm", () => false);
    expect(variants[0]).toMatchObject({ words: ["trapezius", "spasm"], literal: true });
    expect(variants.slice(1).every((v) => !v.literal)).toBe(true);
  });

  test.each([
    ["trapezius spasm", "muscle spasm other"],
    ["spasm of rhomboid", "muscle spasm other"],
    ["quadratus lumborum spasm", "muscle spasm back"],
    ["gastrocnemius spasm", "muscle spasm calf"],
    ["masseter myalgia", "myalgia mastication"],
    ["scalene myalgia", "myalgia neck"],
    ["pain in gluteal muscle", "myalgia other"],
    ["jaw muscle pain", "myalgia mastication"],
    ["muscle ache", "myalgia"],
  ])("a named muscle or site as the site of spasm or myalgia: '%s' is also read '%s'", (q, r) => {
    expect(readings(q)).toContain(r);
  });

  test.each(["back spasm", "neck pain", "spasm", "right shoulder pain", "muscle weakness"])(
    "no muscle-site reading without a muscle condition at a muscle: '%s'",
    (q) => {
      expect(
        readings(q).filter((r) => r.startsWith("myalgia") || r.startsWith("muscle spasm")),
      ).toEqual([]);
    },
  );

  test.each([
    ["post laminectomy syndrome", "postlaminectomy syndrome"],
    ["post herpetic neuralgia", "postherpetic neuralgia"],
  ])("words the titles write as one are joined: '%s' -> '%s'", (q, r) => {
    expect(readings(q)).toContain(r);
  });

  test("words are joined only into a known word", () => {
    expect(readings("post op pain")).toEqual(["post op pain"]);
  });

  test.each([
    ["hives", "urticaria"],
    ["ringing in the ears", "tinnitus"],
    ["kidney stones", "calculus kidney"],
    ["facet arthropathy lumbar", "spondylosis lumbar"],
  ])("lay words are read in the titles' terms, beside the literal: '%s' -> '%s'", (q, r) => {
    const all = readings(q);
    expect(all).toContain(r);
    expect(all.length).toBeGreaterThan(1);
  });

  test("a pasted sentence (more than 6 words) is read literally only", () => {
    expect(readings("patient reports trapezius spasm for three weeks now")).toHaveLength(1);
  });
});

describe("muscle words", () => {
  test("come from the catalog, with their ICD site class", () => {
    expect(MUSCLE_WORDS.get("trapezius")).toBe("other");
    expect(MUSCLE_WORDS.get("masseter")).toBe("mastication");
    expect(MUSCLE_WORDS.get("sternocleidomastoid")).toBe("neck");
    expect(MUSCLE_WORDS.get("quadratus")).toBe("back");
    expect(MUSCLE_WORDS.get("gastrocnemius")).toBe("calf");
  });

  test("words that say where or which, and short abbreviations, are not muscles", () => {
    for (const w of ["upper", "lower", "lateral", "major", "thoracic", "muscle", "ql", "ut"]) {
      expect(MUSCLE_WORDS.has(w), w).toBe(false);
    }
  });
});
