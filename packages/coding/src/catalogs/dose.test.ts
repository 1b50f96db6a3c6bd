import type { Agent, Injectate } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { agentById } from "./agents.table.js";
import {
  discardedLinesFor,
  discardedUnitsFor,
  doseOf,
  hcpcsLinesFor,
  hcpcsUnitsFor,
} from "./dose.js";

function agent(id: string): Agent {
  const a = agentById(id);
  if (!a) throw new Error(`no agent ${id}`);
  return a;
}

function inj(
  agentId: string,
  value: number,
  unit: Injectate["concentration"]["unit"],
  volumeMl: number,
): Injectate {
  return { agentId, concentration: { value, unit }, volumeMl };
}

describe("doseOf", () => {
  it.each([
    [
      "2 mL of 1 % lidocaine = 20 mg",
      inj("lidocaine", 1, "percent", 2),
      { amount: 20, unit: "mg" },
    ],
    [
      "5 mL of 2 % lidocaine = 100 mg",
      inj("lidocaine", 2, "percent", 5),
      { amount: 100, unit: "mg" },
    ],
    [
      "12 mL of 0.25 % bupivacaine = 30 mg",
      inj("bupivacaine", 0.25, "percent", 12),
      { amount: 30, unit: "mg" },
    ],
    [
      "1 mL of 40 mg/mL triamcinolone = 40 mg",
      inj("triamcinolone-acetonide", 40, "mg/mL", 1),
      { amount: 40, unit: "mg" },
    ],
    [
      "0.5 mL of 40 mg/mL = 20 mg",
      inj("triamcinolone-acetonide", 40, "mg/mL", 0.5),
      { amount: 20, unit: "mg" },
    ],
    [
      "1 mL of 4 mg/mL dexamethasone = 4 mg",
      inj("dexamethasone-sodium-phosphate", 4, "mg/mL", 1),
      { amount: 4, unit: "mg" },
    ],
    [
      "1 mL betamethasone 6 mg/mL = 6 mg total",
      inj("betamethasone-acetate-sodium-phosphate", 6, "mg/mL", 1),
      { amount: 6, unit: "mg" },
    ],
    [
      "2 mL of Botox 50 units/mL = 100 units",
      inj("onabotulinumtoxina", 50, "units/mL", 2),
      { amount: 100, unit: "units" },
    ],
    [
      "float dust: 0.1 mg/mL x 3 mL = 0.3 mg",
      inj("dexamethasone-sodium-phosphate", 0.1, "mg/mL", 3),
      { amount: 0.3, unit: "mg" },
    ],
    [
      "float dust: 0.7 % x 3 mL = 21 mg",
      inj("lidocaine", 0.7, "percent", 3),
      { amount: 21, unit: "mg" },
    ],
  ])("%s", (_name, injectate, expected) => {
    expect(doseOf(injectate, agent(injectate.agentId))).toEqual(expected);
  });

  it.each([
    [
      "lidocaine in units/mL",
      inj("lidocaine", 10, "units/mL", 1),
      "Lidocaine is dosed in mg: give its concentration in % or mg/mL, not units/mL.",
    ],
    [
      "Botox in percent",
      inj("onabotulinumtoxina", 1, "percent", 1),
      "OnabotulinumtoxinA is dosed in units: give its concentration in units/mL, not %.",
    ],
    [
      "Botox in mg/mL",
      inj("onabotulinumtoxina", 1, "mg/mL", 1),
      "OnabotulinumtoxinA is dosed in units: give its concentration in units/mL, not mg/mL.",
    ],
  ])("rejects a unit mismatch: %s", (_name, injectate, message) => {
    expect(doseOf(injectate, agent(injectate.agentId))).toEqual({ error: message });
  });

  it("rejects an injectate of another agent", () => {
    expect(doseOf(inj("lidocaine", 1, "percent", 1), agent("bupivacaine"))).toHaveProperty("error");
  });
});

describe("hcpcsUnitsFor", () => {
  it.each([
    [
      "40 mg triamcinolone = J3301 x4",
      "triamcinolone-acetonide",
      40,
      { code: "J3301", units: 4, unitAmount: 10 },
    ],
    [
      "20 mg triamcinolone = J3301 x2",
      "triamcinolone-acetonide",
      20,
      { code: "J3301", units: 2, unitAmount: 10 },
    ],
    [
      "15 mg triamcinolone rounds up to J3301 x2",
      "triamcinolone-acetonide",
      15,
      { code: "J3301", units: 2, unitAmount: 10 },
    ],
    [
      "30 mg bupivacaine = J0665 x60",
      "bupivacaine",
      30,
      { code: "J0665", units: 60, unitAmount: 0.5 },
    ],
    [
      "10 mg ropivacaine = J2795 x10",
      "ropivacaine",
      10,
      { code: "J2795", units: 10, unitAmount: 1 },
    ],
    [
      "80 mg methylprednisolone = J1040 x1",
      "methylprednisolone-acetate",
      80,
      { code: "J1040", units: 1, unitAmount: 80 },
    ],
    [
      "40 mg methylprednisolone = J1030 x1",
      "methylprednisolone-acetate",
      40,
      { code: "J1030", units: 1, unitAmount: 40 },
    ],
    [
      "20 mg methylprednisolone = J1020 x1",
      "methylprednisolone-acetate",
      20,
      { code: "J1020", units: 1, unitAmount: 20 },
    ],
    [
      "10 mg methylprednisolone = J1020 x1",
      "methylprednisolone-acetate",
      10,
      { code: "J1020", units: 1, unitAmount: 20 },
    ],
    [
      "80 mg methylprednisolone = J1040 x1 (one band holds it exactly)",
      "methylprednisolone-acetate",
      80,
      { code: "J1040", units: 1, unitAmount: 80 },
    ],
    [
      "4 mg dexamethasone = J1100 x4",
      "dexamethasone-sodium-phosphate",
      4,
      { code: "J1100", units: 4, unitAmount: 1 },
    ],
    [
      "0.3 mg dexamethasone (0.1 x 3) = J1100 x1",
      "dexamethasone-sodium-phosphate",
      0.1 * 3,
      { code: "J1100", units: 1, unitAmount: 1 },
    ],
    [
      "6 mg betamethasone = J0702 x1",
      "betamethasone-acetate-sodium-phosphate",
      6,
      { code: "J0702", units: 1, unitAmount: 6 },
    ],
    [
      "12 mg betamethasone = J0702 x2",
      "betamethasone-acetate-sodium-phosphate",
      12,
      { code: "J0702", units: 2, unitAmount: 6 },
    ],
    ["30 mg ketorolac = J1885 x2", "ketorolac", 30, { code: "J1885", units: 2, unitAmount: 15 }],
    [
      "100 units Botox = J0585 x100",
      "onabotulinumtoxina",
      100,
      { code: "J0585", units: 100, unitAmount: 1 },
    ],
  ])("%s", (_name, id, dose, expected) => {
    expect(hcpcsUnitsFor(agent(id), dose)).toEqual(expected);
  });

  it("float dust never adds a unit: 0.3 mg at 0.1 mg per unit is 3 units", () => {
    const tenthMg: Agent = {
      ...agent("dexamethasone-sodium-phosphate"),
      hcpcs: [{ code: "J9999", unitAmount: 0.1 }],
    };
    expect(hcpcsUnitsFor(tenthMg, 0.1 * 3)?.units).toBe(3);
    expect(hcpcsUnitsFor(tenthMg, 0.3)?.units).toBe(3);
  });

  it.each([
    ["60 mg = J1030 + J1020 (40 + 20, billed exactly)", 60, ["J1030x1", "J1020x1"]],
    ["100 mg = J1040 + J1020", 100, ["J1040x1", "J1020x1"]],
    ["120 mg = J1040 + J1030", 120, ["J1040x1", "J1030x1"]],
    ["160 mg = J1040 x2", 160, ["J1040x2"]],
    ["50 mg: the 10 mg remainder rounds up to a band, J1030 + J1020", 50, ["J1030x1", "J1020x1"]],
    ["70 mg rounds up to 80 mg: J1040 alone", 70, ["J1040x1"]],
    ["20 mg = J1020 x1 (at the smallest band)", 20, ["J1020x1"]],
    ["21 mg rounds up to 40 mg: J1030 x1", 21, ["J1030x1"]],
  ])("methylprednisolone bands combined: %s", (_name, dose, expected) => {
    const lines = hcpcsLinesFor(agent("methylprednisolone-acetate"), dose);
    expect(lines.map((l) => `${l.code}x${l.units}`)).toEqual(expected);
  });

  it("bills methylprednisolone per mg (J1010) for a payer that does not pay the bands", () => {
    const lines = hcpcsLinesFor(agent("methylprednisolone-acetate"), 60, [
      "J1020",
      "J1030",
      "J1040",
    ]);
    expect(lines).toEqual([{ code: "J1010", units: 60, unitAmount: 1 }]);
  });

  it.each([
    ["normal saline", "normal-saline", 90],
    ["PRP (its injection is the procedure 0232T, no drug code)", "platelet-rich-plasma", 1],
  ])("returns undefined for %s", (_name, id, dose) => {
    expect(hcpcsUnitsFor(agent(id), dose)).toBeUndefined();
  });

  it("bills lidocaine per mg with J2003 for a payer that does not bundle it", () => {
    expect(hcpcsUnitsFor(agent("lidocaine"), 20)).toEqual({
      code: "J2003",
      units: 20,
      unitAmount: 1,
    });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    "returns undefined for a dose of %s",
    (dose) => {
      expect(hcpcsUnitsFor(agent("triamcinolone-acetonide"), dose)).toBeUndefined();
    },
  );
});

describe("discardedUnitsFor (JW)", () => {
  it.each([
    ["Botox: 60 units given, 40 discarded from a 100-unit vial", "onabotulinumtoxina", 60, 40, 40],
    ["nothing discarded", "onabotulinumtoxina", 100, 0, 0],
    [
      "triamcinolone: 5 mg given, 5 mg discarded is covered by rounding up",
      "triamcinolone-acetonide",
      5,
      5,
      0,
    ],
    ["triamcinolone: 20 mg given, 20 mg discarded = 2 units", "triamcinolone-acetonide", 20, 20, 2],
    [
      "triamcinolone: 15 mg given (2 units), 25 mg discarded = 2 units",
      "triamcinolone-acetonide",
      15,
      25,
      2,
    ],
  ])("%s", (_name, id, dose, discarded, expected) => {
    const billing = hcpcsUnitsFor(agent(id), dose);
    if (!billing) throw new Error("expected a billing");
    expect(discardedUnitsFor(billing, dose, discarded)).toBe(expected);
  });

  it.each([
    ["40 mg given, 40 discarded from an 80 mg vial: J1030 x1 with JW", 40, 40, ["J1030x1"]],
    ["60 mg given, 20 discarded: J1020 x1 with JW", 60, 20, ["J1020x1"]],
    ["50 mg given (billed 60), 10 discarded: covered by rounding up", 50, 10, []],
    ["nothing discarded", 80, 0, []],
  ])("methylprednisolone JW lines: %s", (_name, dose, discarded, expected) => {
    const lines = discardedLinesFor(agent("methylprednisolone-acetate"), dose, discarded);
    expect(lines.map((l) => `${l.code}x${l.units}`)).toEqual(expected);
  });

  it("JW lines for a per-amount code: botulinum toxin 150 given, 50 discarded = J0585 x50", () => {
    expect(discardedLinesFor(agent("onabotulinumtoxina"), 150, 50)).toEqual([
      { code: "J0585", units: 50, unitAmount: 1 },
    ]);
  });
});
