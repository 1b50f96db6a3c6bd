import { describe, expect, it } from "vitest";
import { parseJsonWithLines } from "./json-lines";

const PROFILE = `{
  "id": "clinic-a",
  "name": "Clinic A",
  "effective": { "from": "2026-01-01" },
  "frequency": {
    "maxSessions": 0,
    "windowMonths": 12
  },
  "nonCoveredDiagnoses": [
    { "prefix": "M79", "reason": "x" },
    { "prefix": "" }
  ]
}`;

describe("parseJsonWithLines", () => {
  it("parses what JSON.parse parses, to the same value", () => {
    const result = parseJsonWithLines(PROFILE);
    expect(result.ok && result.value).toEqual(JSON.parse(PROFILE));
    for (const text of [
      '"a\\u00e9\\n"',
      "[1, -2.5e3, true, false, null]",
      "{}",
      "[]",
      ' {"a": {"b": []}} ',
    ]) {
      const r = parseJsonWithLines(text);
      expect(r.ok && r.value).toEqual(JSON.parse(text));
    }
  });

  it("finds the line of a field, of an array element's field, and of the object holding a missing field", () => {
    const result = parseJsonWithLines(PROFILE);
    if (!result.ok) throw new Error(result.message);
    expect(result.lineOf("frequency.maxSessions")).toBe(6);
    expect(result.lineOf("nonCoveredDiagnoses.1.prefix")).toBe(11);
    // "reason" is missing from element 1: its element's line.
    expect(result.lineOf("nonCoveredDiagnoses.1.reason")).toBe(11);
    expect(result.lineOf("effective.to")).toBe(4);
    expect(result.lineOf("dryNeedling")).toBe(1);
  });

  it.each([
    ['{\n  "id": "a",\n}', 3, "comma before a closing brace"],
    ['{\n  "id": "a"\n  "name": "b"\n}', 3, 'Expected "," or "}"'],
    ["{\n  id: 1\n}", 2, "quoted field name"],
    ["{\n  \"id\": 'a'\n}", 2, "double quotes"],
    ['{"a": [1, 2,]}', 1, "closing bracket"],
    ['{"a": 1} x', 1, "after the end"],
    ["", 1, "empty"],
    ['{"a": "open\n}', 1, "not closed"],
  ])("reports a syntax error with its line: %s", (text, line, says) => {
    const result = parseJsonWithLines(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toContain(says);
    expect(() => {
      JSON.parse(text);
    }).toThrow();
  });
});
