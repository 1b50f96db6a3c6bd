import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGENTS } from "./agents.table.js";
import { discardedUnitsFor, doseOf, hcpcsLinesFor, hcpcsUnitsFor } from "./dose.js";

/** The amount all lines of a dose bill together, and the smallest unit among them. */
function billedOf(agent: (typeof AGENTS)[number], dose: number) {
  const lines = hcpcsLinesFor(agent, dose);
  return {
    lines,
    billed: lines.reduce((sum, l) => sum + l.units * l.unitAmount, 0),
    // The smallest unit of the code family used: the bands when a band is billed, else the one code.
    smallest: lines.some((l) => agent.hcpcs.find((h) => h.code === l.code)?.maxDose !== undefined)
      ? Math.min(...agent.hcpcs.filter((h) => h.maxDose !== undefined).map((h) => h.unitAmount))
      : (lines[0]?.unitAmount ?? 0),
  };
}

const billable = AGENTS.filter((a) => a.hcpcs.length > 0);
const agentArb = fc.constantFrom(...billable);
// Doses as a clinician writes them: up to 3 decimals, 0.001 to 2000.
const doseArb = fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 1000);

describe("hcpcsUnitsFor properties", () => {
  it("bills at least one whole unit for any positive dose", () => {
    fc.assert(
      fc.property(agentArb, doseArb, (agent, dose) => {
        const b = hcpcsUnitsFor(agent, dose);
        expect(b).toBeDefined();
        expect(Number.isInteger(b?.units)).toBe(true);
        expect(b?.units).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("bills lines that cover the dose, and never a whole smallest unit more than needed", () => {
    fc.assert(
      fc.property(agentArb, doseArb, (agent, dose) => {
        const { lines, billed, smallest } = billedOf(agent, dose);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(billed).toBeGreaterThanOrEqual(dose * (1 - 1e-9));
        expect(billed - smallest).toBeLessThan(dose);
      }),
    );
  });

  it("is monotonic: a larger dose never bills a smaller amount", () => {
    fc.assert(
      fc.property(agentArb, doseArb, doseArb, (agent, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const billed = (d: number) => billedOf(agent, d).billed;
        expect(billed(hi)).toBeGreaterThanOrEqual(billed(lo));
      }),
    );
  });

  it("for a single per-unit code, units are monotonic in dose", () => {
    fc.assert(
      fc.property(
        agentArb.filter((a) => a.hcpcs.length === 1),
        doseArb,
        doseArb,
        (agent, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(hcpcsUnitsFor(agent, hi)!.units).toBeGreaterThanOrEqual(
            hcpcsUnitsFor(agent, lo)!.units,
          );
        },
      ),
    );
  });

  it("bills an exact multiple of the unit as exactly that many units (no float round-up)", () => {
    fc.assert(
      fc.property(
        agentArb.filter((a) => a.hcpcs.length === 1),
        fc.integer({ min: 1, max: 400 }),
        (agent, n) => {
          const unit = agent.hcpcs[0]!.unitAmount;
          expect(hcpcsUnitsFor(agent, n * unit)!.units).toBe(n);
        },
      ),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(agentArb, doseArb, (agent, dose) => {
        expect(hcpcsUnitsFor(agent, dose)).toEqual(hcpcsUnitsFor(agent, dose));
      }),
    );
  });
});

describe("discardedUnitsFor properties", () => {
  it("bills the whole container at most once: given + discarded units cover the container, minimally", () => {
    fc.assert(
      fc.property(
        agentArb.filter((a) => a.hcpcs.length === 1),
        doseArb,
        doseArb,
        (agent, dose, discarded) => {
          const b = hcpcsUnitsFor(agent, dose)!;
          const jw = discardedUnitsFor(b, dose, discarded);
          expect(jw).toBeGreaterThanOrEqual(0);
          expect((b.units + jw) * b.unitAmount).toBeGreaterThanOrEqual(
            (dose + discarded) * (1 - 1e-9),
          );
          if (jw > 0) expect((b.units + jw - 1) * b.unitAmount).toBeLessThan(dose + discarded);
        },
      ),
    );
  });
});

describe("doseOf properties", () => {
  it("is linear in volume for percent concentrations (1 % = 10 mg/mL)", () => {
    const lidocaine = AGENTS.find((a) => a.id === "lidocaine")!;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 1000 }),
        (tenthsPercent, tenthsMl) => {
          const pct = tenthsPercent / 100;
          const ml = tenthsMl / 10;
          const r = doseOf(
            { agentId: "lidocaine", concentration: { value: pct, unit: "percent" }, volumeMl: ml },
            lidocaine,
          );
          expect("amount" in r && r.amount).toBeCloseTo(pct * 10 * ml, 9);
        },
      ),
    );
  });
});
