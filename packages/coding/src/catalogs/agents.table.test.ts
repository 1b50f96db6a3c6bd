import { loadCodeSets } from "@tpi/codesets";
import { AgentSchema, type Agent } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { AGENTS, agentById } from "./agents.table.js";

const hcpcs = loadCodeSets().hcpcs;

/**
 * The billing unit a HCPCS long descriptor states, in mg or units: "10 mg", "0.5 mg", "1 unit",
 * "per 15 mg", and for a combination ("... acetate 3 mg and ... sodium phosphate 3 mg") the sum.
 */
function descriptorUnit(descriptor: string): { amount: number; unit: "mg" | "units" } | undefined {
  const matches = [...descriptor.toLowerCase().matchAll(/(\d+(?:\.\d+)?)\s*(mg|units?)\b/g)];
  if (matches.length === 0) return undefined;
  const units = new Set(matches.map((m) => (m[2] === "mg" ? "mg" : "units")));
  if (units.size !== 1) return undefined;
  const amount = matches.reduce((sum, m) => sum + Number(m[1]), 0);
  return { amount, unit: [...units][0] as "mg" | "units" };
}

const agentCodes = AGENTS.flatMap((a) => a.hcpcs.map((h) => [a.id, h.code, a, h] as const));

describe("agent catalog", () => {
  it.each(AGENTS.map((a) => [a.id, a] as const))("%s parses with AgentSchema", (_id, a) => {
    expect(AgentSchema.parse(a)).toEqual(a);
  });

  it("has unique ids, and agentById finds each", () => {
    expect(new Set(AGENTS.map((a) => a.id)).size).toBe(AGENTS.length);
    for (const a of AGENTS) expect(agentById(a.id)).toBe(a);
    expect(agentById("kenalog")).toBeUndefined();
  });

  it("has concentrations in units that fit its dose unit", () => {
    const fits = (a: Agent, unit: string) =>
      a.doseUnit === "units" ? unit === "units/mL" : unit !== "units/mL";
    for (const a of AGENTS) {
      expect({ id: a.id, bad: a.commonConcentrations.filter((c) => !fits(a, c.unit)) }).toEqual({
        id: a.id,
        bad: [],
      });
    }
  });

  it("has at most one per-amount code, and dose bands smallest first with maxDose = unitAmount", () => {
    for (const a of AGENTS) {
      expect(a.hcpcs.filter((h) => h.maxDose === undefined).length).toBeLessThanOrEqual(1);
      const bands = a.hcpcs.filter((h) => h.maxDose !== undefined);
      expect(bands.every((h) => h.maxDose === h.unitAmount)).toBe(true);
      const amounts = bands.map((h) => h.maxDose ?? 0);
      expect(amounts).toEqual([...amounts].sort((x, y) => x - y));
    }
  });

  it("gives unclassified agents no code of their own", () => {
    for (const a of AGENTS.filter((x) => x.unclassified)) expect(a.hcpcs).toEqual([]);
  });
});

describe("agent codes against the HCPCS file", () => {
  it.each(agentCodes)("%s %s exists as a Level II code", (_id, code) => {
    expect(hcpcs.get(code)?.kind).toBe("code");
  });

  it.each(agentCodes)(
    "%s %s: the long descriptor states the unit amount",
    (_id, code, agent, entry) => {
      const stated = descriptorUnit(hcpcs.get(code)?.longDescription ?? "");
      expect(stated).toEqual({ amount: entry.unitAmount, unit: agent.doseUnit });
    },
  );

  it("reads the descriptor units the way the test assumes", () => {
    expect(descriptorUnit("Injection, ketorolac tromethamine, per 15 mg")).toEqual({
      amount: 15,
      unit: "mg",
    });
    expect(descriptorUnit("Injection, onabotulinumtoxina, 1 unit")).toEqual({
      amount: 1,
      unit: "units",
    });
    expect(descriptorUnit("Injection, x, 0.5 mg")).toEqual({ amount: 0.5, unit: "mg" });
    expect(descriptorUnit("Unclassified drugs")).toBeUndefined();
  });

  it("keeps J2001 (lidocaine) out of the catalog: its descriptor is IV infusion, not infiltration", () => {
    expect(hcpcs.get("J2001")?.longDescription.toLowerCase()).toContain("intravenous infusion");
    expect(hcpcs.get("J2000")).toBeUndefined();
    expect(agentCodes.map(([, code]) => code)).not.toContain("J2001");
  });

  it("bills lidocaine per mg with the 2026 codes that name no route: J2003, and J2004 with epinephrine", () => {
    expect(hcpcs.get("J2003")?.longDescription).toBe("Injection, lidocaine hydrochloride, 1 mg");
    expect(agentById("lidocaine")?.hcpcs.map((h) => h.code)).toEqual(["J2003"]);
    expect(hcpcs.get("J2004")?.longDescription.toLowerCase()).toContain("with epinephrine");
    expect(agentById("lidocaine-with-epinephrine")?.hcpcs.map((h) => h.code)).toEqual(["J2004"]);
  });

  it("bills procaine as an unclassified drug: J2690 is procainamide, not procaine", () => {
    expect(hcpcs.get("J2690")?.longDescription.toLowerCase()).toContain("procainamide");
    const procaine = agentById("procaine");
    expect([procaine?.hcpcs, procaine?.unclassified]).toEqual([[], true]);
  });

  it("gives platelet-rich plasma its procedure code (0232T) and no drug code, J3490 included", () => {
    const prp = agentById("platelet-rich-plasma");
    expect([prp?.procedureCode, prp?.hcpcs, prp?.unclassified]).toEqual(["0232T", [], false]);
    expect(AGENTS.filter((a) => a.procedureCode).map((a) => a.id)).toEqual([
      "platelet-rich-plasma",
    ]);
  });

  it("has the unclassified-drug code J3490 that unclassified agents need", () => {
    expect(hcpcs.get("J3490")?.kind).toBe("code");
  });
});
