import { describe, expect, it } from "vitest";
import { exactMuscleMatch, matchVagueSite, muscleById, searchMuscles } from "./muscle-search.js";
import { MUSCLES } from "./muscles.table.js";

const ids = (query: string, limit?: number) => searchMuscles(query, limit).map((m) => m.id);

describe("searchMuscles: the first suggestion", () => {
  it.each([
    ["abbreviation utr", "utr", "upper-trapezius"],
    ["abbreviation in capitals", "UTR", "upper-trapezius"],
    ["upper trap", "upper trap", "upper-trapezius"],
    ["QL", "QL", "quadratus-lumborum"],
    ["ql lower case", "ql", "quadratus-lumborum"],
    ["lev scap", "lev scap", "levator-scapulae"],
    ["lev. scap. with dots", "Lev. Scap.", "levator-scapulae"],
    ["LS", "LS", "levator-scapulae"],
    ["SCM", "SCM", "sternocleidomastoid"],
    ["glut med", "glut med", "gluteus-medius"],
    ["glutmed without space", "glutmed", "gluteus-medius"],
    ["TFL", "TFL", "tensor-fasciae-latae"],
    ["pec minor", "pec minor", "pectoralis-minor"],
    ["infra", "infra", "infraspinatus"],
    ["supra", "supra", "supraspinatus"],
    ["name prefix", "piri", "piriformis"],
    ["full name", "Quadratus lumborum", "quadratus-lumborum"],
    ["words out of order", "scapulae levator", "levator-scapulae"],
    ["word prefixes", "lev sca", "levator-scapulae"],
    ["typo: trapezious", "trapezious", "upper-trapezius"],
    ["typo: transposition", "levaotr scapulae", "levator-scapulae"],
    ["typo: missing letter", "infrspinatus", "infraspinatus"],
    ["typo inside a word pair", "uper trap", "upper-trapezius"],
    ["typo: piriformus", "piriformus", "piriformis"],
    ["typo: sternocleidomastiod", "sternocleidomastiod", "sternocleidomastoid"],
    ["gastroc", "gastroc", "gastrocnemius"],
    ["Botox-style accents ignored", "Sóleus", "soleus"],
  ])("%s", (_name, query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });
});

describe("searchMuscles: candidate sets", () => {
  it.each([
    ["rhomb offers both rhomboids", "rhomb", ["rhomboid-major", "rhomboid-minor"]],
    ["rhomboids (plural) offers both", "rhomboids", ["rhomboid-major", "rhomboid-minor"]],
    [
      "trap offers the three parts, upper first",
      "trap",
      ["upper-trapezius", "middle-trapezius", "lower-trapezius"],
    ],
    [
      "scalenes offers all three",
      "scalenes",
      ["anterior-scalene", "middle-scalene", "posterior-scalene"],
    ],
    [
      "hamstrings offers all three",
      "hamstrings",
      ["biceps-femoris", "semitendinosus", "semimembranosus"],
    ],
    ["iliopsoas offers psoas and iliacus", "iliopsoas", ["psoas-major", "iliacus"]],
  ])("%s", (_name, query, expected) => {
    expect(ids(query).slice(0, expected.length)).toEqual(expected);
  });

  it("ranks an exact abbreviation above a name that merely starts with it", () => {
    // "lat" is the latissimus abbreviation and also starts "lat pterygoid", "lateral deltoid"
    expect(ids("lat")[0]).toBe("latissimus-dorsi");
    expect(ids("lat")).toContain("lateral-pterygoid");
  });

  it("ranks a prefix match above a typo match", () => {
    const result = ids("teres");
    expect(result.slice(0, 2)).toEqual(["teres-major", "teres-minor"]);
  });

  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["punctuation only", "--"],
    ["no such muscle", "zzzz"],
    ["a short non-word gets no typo leeway", "xq"],
  ])("returns nothing for %s", (_name, query) => {
    expect(ids(query)).toEqual([]);
  });

  it("honours the limit and defaults to eight", () => {
    expect(ids("s")).toHaveLength(8);
    expect(ids("s", 3)).toHaveLength(3);
    expect(ids("s", 0)).toEqual([]);
  });

  it("finds every muscle by its own name and by each unshared synonym", () => {
    for (const m of MUSCLES) {
      expect({ q: m.name, top: ids(m.name)[0] }).toEqual({ q: m.name, top: m.id });
    }
  });

  it("is deterministic", () => {
    for (const q of ["trap", "glut", "s", "trapezious", "med"]) expect(ids(q)).toEqual(ids(q));
  });

  it("stays fast enough for every keystroke", () => {
    const queries = [
      "t",
      "tr",
      "tra",
      "trap",
      "trape",
      "trapez",
      "trapezious",
      "lev scap",
      "glut med",
      "xyzzy",
    ];
    const start = performance.now();
    for (let i = 0; i < 50; i++) for (const q of queries) searchMuscles(q);
    const perQuery = (performance.now() - start) / (50 * queries.length);
    expect(perQuery).toBeLessThan(10);
  });
});

describe("muscleById", () => {
  it("finds a catalog muscle", () => {
    expect(muscleById("quadratus-lumborum")?.name).toBe("Quadratus lumborum");
  });
  it("returns undefined for an unknown id", () => {
    expect(muscleById("trapezius")).toBeUndefined();
  });
});

describe("matchVagueSite", () => {
  it.each([
    ["shoulder", "shoulder", "upper-trapezius"],
    ["R shoulder", "R shoulder", "upper-trapezius"],
    ["bilateral low back", "bilateral low back", "quadratus-lumborum"],
    ["lower back muscles", "lower back muscles", "quadratus-lumborum"],
    ["Neck", "Neck", "upper-trapezius"],
    ["paraspinals", "paraspinals", "iliocostalis-thoracis"],
    ["paraspinal", "paraspinal", "iliocostalis-thoracis"],
    ["lumbar paraspinals", "lumbar paraspinals", "iliocostalis-lumborum"],
    ["buttock", "buttock", "gluteus-maximus"],
    ["gluteal area", "gluteal area", "gluteus-maximus"],
    ["hips (plural)", "hips", "gluteus-medius"],
    ["upper back", "upper back", "middle-trapezius"],
    ["back", "back", "middle-trapezius"],
    ["scapula", "scapula", "rhomboid-major"],
  ])("%s is vague", (_name, text, firstSuggestion) => {
    expect(matchVagueSite(text)?.suggestMuscleIds[0]).toBe(firstSuggestion);
  });

  it.each([
    ["trap names a muscle", "trap"],
    ["traps names a muscle", "left traps"],
    ["upper trapezius", "upper trapezius"],
    ["rhomboids", "rhomboids"],
    ["QL", "QL"],
    ["empty", ""],
    ["side only", "left"],
    ["unknown words", "shoulder pain radiating"],
  ])("%s is not vague", (_name, text) => {
    expect(matchVagueSite(text)).toBeUndefined();
  });
});

describe("exactMuscleMatch: what Enter may add without the user moving to it (issue 10, kind 1)", () => {
  it.each([
    ["abbreviation utr", "utr", "upper-trapezius"],
    ["QL in capitals", "QL", "quadratus-lumborum"],
    ["lev scap", "lev scap", "levator-scapulae"],
    ["levscap without space", "levscap", "levator-scapulae"],
    ["glut med", "glut med", "gluteus-medius"],
    ["full name, any case", "quadratus LUMBORUM", "quadratus-lumborum"],
  ])("%s names one muscle", (_name, typed, id) => {
    expect(exactMuscleMatch(typed)?.id).toBe(id);
  });

  it.each([
    ["a prefix", "infras"],
    ["a word prefix", "lev sca"],
    ["a typo", "trapezious"],
    ["a group word several muscles share", "trap"],
    ["a body site", "shoulder"],
    ["nothing", "  "],
  ])("%s names none", (_name, typed) => {
    expect(exactMuscleMatch(typed)).toBeUndefined();
  });
});
