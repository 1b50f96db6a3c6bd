import { describe, expect, test } from "vitest";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";
import { rule, ruleById, RULES, SOURCES } from "../src/rules/index.js";
import { CHECKLIST_CHECKS } from "../src/engine/checklist.js";
import { RULE_CASES } from "./rule-cases.js";

describe("rule registry", () => {
  test("rule ids are unique", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(RULES.map((r) => [r.id, r] as const))(
    "%s has a statement, a version and citations of known sources",
    (_id, rule) => {
      expect(rule.statement.length).toBeGreaterThan(20);
      expect(rule.version).toBeGreaterThanOrEqual(1);
      expect(rule.cite.length).toBeGreaterThan(0);
      for (const c of rule.cite) {
        expect(Object.keys(SOURCES)).toContain(c.source);
        expect(c.locator.length).toBeGreaterThan(0);
      }
    },
  );

  test.each(RULES.map((r) => [r.id] as const))(
    "%s has a case where it fires and one where it does not",
    (id) => {
      const cases = RULE_CASES.filter((c) => c.ruleId === id);
      expect(
        cases.some((c) => c.fires),
        `no case where ${id} fires`,
      ).toBe(true);
      expect(
        cases.some((c) => !c.fires),
        `no case where ${id} does not fire`,
      ).toBe(true);
    },
  );

  test("every rule case names a known rule", () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    expect(RULE_CASES.filter((c) => !ids.has(c.ruleId)).map((c) => c.name)).toEqual([]);
  });

  test("a case that names its source names one its rule cites", () => {
    const uncited = RULE_CASES.filter(
      (c) => c.source && !ruleById(c.ruleId)?.cite.some((x) => x.source === c.source),
    ).map((c) => `${c.ruleId} / ${c.source}: ${c.name}`);
    expect(uncited).toEqual([]);
  });

  test("ruleById finds a rule by a string id and gives undefined for one that is not", () => {
    expect(ruleById("CPT-TPI-01")).toBe(rule("CPT-TPI-01"));
    expect(ruleById("CPT-TPI-99")).toBeUndefined();
  });

  test("every documentation rule has its check, and every check its rule", () => {
    const docIds = RULES.filter((r) => r.family === "documentation")
      .map((r) => r.id)
      .sort();
    expect(Object.keys(CHECKLIST_CHECKS).sort()).toEqual(docIds);
  });

  test.each(BUILT_IN_PAYER_PROFILES.map((p) => [p.id, p] as const))(
    "payer profile %s cites known sources and names known checklist items",
    (_id, p) => {
      expect(p.citations.length).toBeGreaterThan(0);
      for (const c of p.citations) expect(Object.keys(SOURCES)).toContain(c.source);
      for (const item of p.requiredDocumentation) {
        expect(Object.keys(CHECKLIST_CHECKS)).toContain(item);
      }
    },
  );
});
