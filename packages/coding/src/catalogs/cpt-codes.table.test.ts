import { EmLevelSchema, ProcedureCodeSchema } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { CPT_CODES, cptCodeInfo, cptPlainDescription } from "./cpt-codes.table.js";

const EXPECTED = [
  "20550",
  "20551",
  "20552",
  "20553",
  "20560",
  "20561",
  "76942",
  "77002",
  "0232T",
  "99202",
  "99203",
  "99204",
  "99205",
  "99211",
  "99212",
  "99213",
  "99214",
  "99215",
];

describe("CPT plain descriptions", () => {
  it("lists exactly the codes the app can suggest, once each", () => {
    expect(CPT_CODES.map((c) => c.code)).toEqual(EXPECTED);
  });

  it.each(CPT_CODES.map((c) => [c.code, c] as const))(
    "%s is a CPT code with a plain description",
    (_code, c) => {
      expect(ProcedureCodeSchema.safeParse(c.code).success).toBe(true);
      // Category I codes are five digits; a Category III code is four digits and T.
      expect(c.code).toMatch(/^\d{4}[\dT]$/);
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.globalNote.length).toBeGreaterThan(0);
    },
  );

  it("covers every E/M level the note can carry", () => {
    for (const level of EmLevelSchema.options) expect(cptCodeInfo(level)?.family).toMatch(/^em-/);
  });

  it.each([
    ["20552", 0],
    ["20553", 0],
    ["20550", null],
    ["99213", null],
  ])("%s global period is %s", (code, days) => {
    expect(cptCodeInfo(code)?.globalDays).toBe(days);
  });

  it("keeps the 1-2 vs 3+ muscle split in the TPI and dry-needling descriptions", () => {
    expect(cptPlainDescription("20552")).toContain("one or two muscles");
    expect(cptPlainDescription("20553")).toContain("three or more muscles");
    expect(cptPlainDescription("20560")).toContain("one or two muscles");
    expect(cptPlainDescription("20561")).toContain("three or more muscles");
  });

  it("avoids AMA descriptor phrasing such as 'single or multiple trigger point(s), 1 or 2 muscle(s)'", () => {
    for (const c of CPT_CODES) {
      expect(c.description).not.toMatch(
        /muscle\(s\)|trigger point\(s\), \d|imaging supervision and interpretation|eg,/i,
      );
    }
  });

  it("returns undefined for codes it does not describe", () => {
    expect(cptPlainDescription("J3301")).toBeUndefined();
    expect(cptCodeInfo("20610")).toBeUndefined();
  });
});
