import { CASE_STUDIES } from "@tpi/fixtures";
import { NoteSchema } from "@tpi/schemas";
import { describe, expect, test } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { ctx } from "./engine-context.js";

describe("the seed article's case studies, corrected", () => {
  test.each(CASE_STUDIES.map((c) => [c.title, c] as const))("%s", (_title, c) => {
    const result = codeNote(NoteSchema.parse(c.note), ctx);
    expect(
      result.claimLines.map((l) => ({
        code: l.code,
        modifiers: l.modifiers,
        units: l.units,
        diagnosisPointers: l.diagnosisPointers,
      })),
    ).toEqual(c.expected.lines);
    const ruleIds = result.findings.map((f) => f.ruleId);
    for (const id of c.expected.findingRuleIds) {
      expect(ruleIds, `expected finding ${id}`).toContain(id);
    }
    for (const id of c.expected.absentFindingRuleIds) {
      expect(ruleIds, `unexpected finding ${id}`).not.toContain(id);
    }
    for (const code of c.expected.forbiddenCodes) {
      expect(result.claimLines.map((l) => l.code)).not.toContain(code);
    }
    // Every line explains itself: a reason, its rules and their sources.
    for (const line of result.claimLines) {
      expect(line.rationale.length).toBeGreaterThan(20);
      expect(line.rules.length).toBeGreaterThan(0);
      expect(line.citations.length).toBeGreaterThan(0);
      expect(line.evidence.length).toBeGreaterThan(0);
    }
    // The complete case notes leave no universal documentation item open.
    expect(
      result.checklist
        .filter((i) => !i.done && i.requiredBy.includes("universal"))
        .map((i) => i.id),
    ).toEqual([]);
  });
});
