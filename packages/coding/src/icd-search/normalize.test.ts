import { describe, expect, test } from "vitest";
import { codeKey, stem, supplementaryWords, tokenize } from "./normalize.js";
import { queryWords } from "./query-words.js";
import { termWords } from "./index-terms.js";

describe("tokenize", () => {
  test.each([
    ["Pain(s), neck NEC", ["pain", "neck"]],
    [
      "Myalgia of auxiliary muscles, head and neck",
      ["myalgia", "auxiliary", "muscle", "head", "neck"],
    ],
    ["Tietze's syndrome", ["tietze", "syndrome"]],
    ["Tension-type headache", ["tension", "type", "headache"]],
    [
      "Sprain of ligaments of cervical spine, initial encounter",
      ["sprain", "ligament", "cervical", "spine", "initial", "encounter"],
    ],
    ["", []],
  ])("%s -> %j", (text, words) => {
    expect(tokenize(text)).toEqual(words);
  });
});

describe("stem", () => {
  test.each([
    ["spasms", "spasm"],
    ["injuries", "injury"],
    ["pelvis", "pelvis"],
    ["fasciitis", "fasciitis"],
    ["gas", "gas"],
  ])("%s -> %s", (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe("codeKey", () => {
  test.each([
    ["M79.18", "M7918"],
    ["m7918", "M7918"],
    ["s13.4xxa", "S134XXA"],
    ["M54.4-", "M544"],
    ["g89 4", "G894"],
    ["qa1.71", "QA171"],
    ["M1A.0", "M1A0"],
    ["tth", undefined],
    ["m", undefined],
    ["m7", undefined],
    ["M7.918", undefined],
    ["pain", undefined],
    ["M79.18.2", undefined],
  ])("%s -> %s", (query, key) => {
    expect(codeKey(query)).toBe(key);
  });
});

describe("queryWords", () => {
  test.each([
    ["LBP", ["low", "back", "pain"], true],
    ["tension HA", ["tension", "headache"], true],
    ["H/A", ["headache"], true],
    ["L-spine pain", ["lumbar", "spine", "pain"], true],
    ["L shoulder pain", ["left", "shoulder", "pain"], true],
    ["trigger points", ["myofascial", "pain"], true],
    ["pain of the neck", ["pain", "neck"], false],
    ["pain pain", ["pain"], false],
  ])("%s -> %j", (query, words, rewritten) => {
    expect(queryWords(query)).toEqual({ words, rewritten });
  });
});

describe("termWords", () => {
  test.each([
    [
      "Spasm(s), spastic, spasticity, muscle NEC, back",
      "index",
      [["spasm", "spastic", "spasticity"], ["muscle"], ["back"]],
      [],
    ],
    [
      "Headache, tension (-type), chronic",
      "index",
      [["headache"], ["tension"], ["chronic"]],
      ["type"],
    ],
    ["Lumbago, lumbalgia", "index", [["lumbago", "lumbalgia"]], []],
    ["Pain(s), back (postural)", "index", [["pain"], ["back"]], ["postural"]],
    [
      "Menstrual headache, intractable",
      "inclusion",
      [["menstrual"], ["headache"], ["intractable"]],
      [],
    ],
  ] as const)("%s", (term, kind, units, optional) => {
    expect(termWords(term, kind)).toEqual({ units, optional });
  });
});

describe("supplementary words of a title", () => {
  test("words in parentheses or brackets are supplementary (ICD-10-CM conventions)", () => {
    expect([...supplementaryWords("Essential (primary) hypertension")]).toEqual(["primary"]);
    expect([...supplementaryWords("Acute nasopharyngitis [common cold]")]).toEqual([
      "common",
      "cold",
    ]);
  });

  test("a title without them has none", () => {
    expect(supplementaryWords("Myalgia, other site").size).toBe(0);
  });
});
