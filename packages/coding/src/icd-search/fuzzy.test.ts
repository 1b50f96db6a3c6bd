import { describe, expect, test } from "vitest";
import { boundedEditDistance, buildTrigramIndex, maxEditsFor } from "./fuzzy.js";

describe("boundedEditDistance", () => {
  test.each([
    ["pain", "pain", 2, 0],
    ["pian", "pain", 2, 1],
    ["fibromyalga", "fibromyalgia", 2, 1],
    ["cervicalga", "cervicalgia", 2, 1],
    ["headahce", "headache", 2, 1],
    ["neck", "back", 2, 2],
    ["neck", "shoulder", 2, 3],
    ["", "abc", 1, 2],
  ])("%s -> %s (max %i) = %i", (a, b, max, expected) => {
    expect(boundedEditDistance(a, b, max)).toBe(expected);
  });
});

describe("maxEditsFor", () => {
  test.each([
    [3, 0],
    [4, 1],
    [7, 1],
    [8, 2],
    [15, 2],
  ])("length %i allows %i edits", (length, edits) => {
    expect(maxEditsFor(length)).toBe(edits);
  });
});

describe("trigram lookup", () => {
  const words = ["pain", "piano", "fibromyalgia", "cervicalgia", "cervical", "headache", "neck"];
  const index = buildTrigramIndex(words, () => 1);
  const lookup = (w: string) => index.lookup(w, 5).map((m) => words[m.wordId]);

  test.each([
    ["pian", ["pain", "piano"]],
    ["fibromyalga", ["fibromyalgia"]],
    ["cervicalga", ["cervicalgia", "cervical"]],
    ["headahce", ["headache"]],
    ["nek", []],
    ["zzzzzz", []],
  ])("%s -> %j", (word, expected) => {
    expect(lookup(word)).toEqual(expected);
  });
});
