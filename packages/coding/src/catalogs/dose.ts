import type { Agent, DoseUnit, Injectate } from "@tpi/schemas";

/**
 * Dose and HCPCS unit arithmetic. Pure; all amounts are in the agent's dose unit (mg or units).
 *
 * Floating point: 0.1 mg/mL x 3 mL is 0.30000000000000004 in binary, and 0.3 / 0.1 is 2.9999999999999996.
 * Doses are cleaned to 12 significant digits, and a unit count within a billionth of a whole number is that
 * whole number, so neither case can round up to a unit that was never given.
 */

export type DoseResult = { amount: number; unit: DoseUnit } | { error: string };

/** One HCPCS drug line: the code, how many billing units, and the amount one unit stands for. */
export interface HcpcsUnits {
  readonly code: string;
  readonly units: number;
  readonly unitAmount: number;
}

/** 1 % w/v = 1 g per 100 mL = 10 mg/mL. */
const MG_PER_ML_PER_PERCENT = 10;
const RELATIVE_TOLERANCE = 1e-9;

/** Removes binary floating-point dust (0.30000000000000004 -> 0.3) without touching real precision. */
function clean(x: number): number {
  // A whole number below 10^12 has nothing to clean (and most doses are whole: 20 mg, 40 mg, 100 units).
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number(x.toPrecision(12));
}

/** Whole billing units for an amount: rounded up, but a hair above a whole number is that number. */
function wholeUnits(amount: number, unitAmount: number): number {
  const ratio = amount / unitAmount;
  const nearest = Math.round(ratio);
  const units =
    Math.abs(ratio - nearest) <= RELATIVE_TOLERANCE * Math.max(1, ratio)
      ? nearest
      : Math.ceil(ratio);
  return Math.max(1, units);
}

/** The amount of drug in one injectate (concentration x volume) in the agent's dose unit, or why not. */
export function doseOf(injectate: Injectate, agent: Agent): DoseResult {
  if (injectate.agentId !== agent.id) {
    return { error: `This injectate is "${injectate.agentId}", not ${agent.name}.` };
  }
  const { value, unit } = injectate.concentration;
  if (!(value > 0) || !Number.isFinite(value) || !(injectate.volumeMl > 0)) {
    return { error: "Concentration and volume must be positive numbers." };
  }
  switch (unit) {
    case "percent":
    case "mg/mL": {
      if (agent.doseUnit !== "mg") {
        return {
          error: `${agent.name} is dosed in units: give its concentration in units/mL, not ${unit === "percent" ? "%" : unit}.`,
        };
      }
      const mgPerMl = unit === "percent" ? value * MG_PER_ML_PER_PERCENT : value;
      return { amount: clean(mgPerMl * injectate.volumeMl), unit: "mg" };
    }
    case "units/mL": {
      if (agent.doseUnit !== "units") {
        return {
          error: `${agent.name} is dosed in mg: give its concentration in % or mg/mL, not units/mL.`,
        };
      }
      return { amount: clean(value * injectate.volumeMl), unit: "units" };
    }
  }
}

/** The codes of an agent a payer pays, split into dose bands (maxDose set) and per-amount codes. */
function payableCodes(agent: Agent, notPayable: readonly string[]) {
  const codes = agent.hcpcs.filter((h) => !notPayable.includes(h.code));
  return {
    bands: codes
      .filter((h) => h.maxDose !== undefined)
      .sort((a, b) => b.unitAmount - a.unitAmount || (a.code < b.code ? -1 : 1)),
    perUnit: codes.find((h) => h.maxDose === undefined),
  };
}

/**
 * An amount already rounded to whole units of the smallest band, written with the fewest units:
 * largest band first (60 mg = J1030 40 mg + J1020 20 mg). Lines in band order, one per code.
 */
function combineBands(
  billed: number,
  bands: readonly { code: string; unitAmount: number }[],
): HcpcsUnits[] {
  const lines: HcpcsUnits[] = [];
  let left = billed;
  for (const [i, band] of bands.entries()) {
    const last = i === bands.length - 1;
    // The smallest band takes whatever is left, rounded up: a remainder no band covers.
    const units = last
      ? wholeUnitsOrZero(left, band.unitAmount)
      : Math.floor(clean(left / band.unitAmount) + RELATIVE_TOLERANCE);
    if (units <= 0) continue;
    lines.push({ code: band.code, units, unitAmount: band.unitAmount });
    left = clean(left - units * band.unitAmount);
  }
  return lines;
}

function wholeUnitsOrZero(amount: number, unitAmount: number): number {
  return amount > unitAmount * RELATIVE_TOLERANCE ? wholeUnits(amount, unitAmount) : 0;
}

/**
 * The HCPCS lines for a total dose of an agent under a payer, or [] when the agent has no code the payer
 * pays (lidocaine bundled elsewhere, saline: no drug line; unclassified agents: the caller reports J3490)
 * or the dose is not a positive number.
 *
 * - A per-amount code (J3301 per 10 mg, J1010 per 1 mg): units = dose / amount per unit, rounded up to a
 *   whole unit (coding-rules.md §6; Noridian JW/JZ).
 * - Dose-banded codes (methylprednisolone acetate J1020/J1030/J1040 = 20/40/80 mg), used when the payer
 *   pays them: the dose is rounded up only to the smallest band, then written with the fewest units,
 *   largest band first. So a dose the bands express exactly is billed exactly (60 mg = J1030 + J1020,
 *   never J1040 for 80 mg), and one band that holds the dose exactly is used alone (80 mg = J1040 x1).
 * - A payer that does not pay the bands (Medicare since J1010, see the payer profile's notPayableCodes)
 *   gets the per-amount code.
 */
export function hcpcsLinesFor(
  agent: Agent,
  dose: number,
  notPayable: readonly string[] = [],
): HcpcsUnits[] {
  if (!(dose > 0) || !Number.isFinite(dose)) return [];
  const { bands, perUnit } = payableCodes(agent, notPayable);
  if (bands.length > 0) {
    const smallest = bands.at(-1)!.unitAmount;
    return combineBands(wholeUnits(dose, smallest) * smallest, bands);
  }
  if (perUnit) {
    return [
      {
        code: perUnit.code,
        units: wholeUnits(dose, perUnit.unitAmount),
        unitAmount: perUnit.unitAmount,
      },
    ];
  }
  return [];
}

/**
 * The first HCPCS line for a dose (kept for callers that show one code beside a row, e.g. the form):
 * see hcpcsLinesFor for the whole set.
 */
export function hcpcsUnitsFor(
  agent: Agent,
  dose: number,
  notPayable: readonly string[] = [],
): HcpcsUnits | undefined {
  return hcpcsLinesFor(agent, dose, notPayable)[0];
}

/**
 * The lines to report with JW for drug discarded from single-dose containers: what the whole amount
 * (given + discarded) bills, less what the dose alone already bills, per code. Waste already paid
 * through rounding the dose up is therefore never billed twice (Noridian JW/JZ guidance, §6).
 * [] means nothing to report with JW (the line gets JZ when the payer requires it).
 */
export function discardedLinesFor(
  agent: Agent,
  dose: number,
  discardedAmount: number,
  notPayable: readonly string[] = [],
): HcpcsUnits[] {
  if (!(discardedAmount > 0) || !(dose > 0)) return [];
  const given = hcpcsLinesFor(agent, dose, notPayable);
  const whole = hcpcsLinesFor(agent, clean(dose + discardedAmount), notPayable);
  const billedGiven = given.reduce((sum, l) => sum + l.units * l.unitAmount, 0);
  const billedWhole = whole.reduce((sum, l) => sum + l.units * l.unitAmount, 0);
  const extra = clean(billedWhole - billedGiven);
  if (!(extra > 0)) return [];
  const { bands } = payableCodes(agent, notPayable);
  if (bands.length > 0) return combineBands(extra, bands);
  const unitAmount = given[0]?.unitAmount ?? whole[0]!.unitAmount;
  return [{ code: whole[0]!.code, units: Math.round(extra / unitAmount), unitAmount }];
}

/**
 * Billing units to report with JW for one per-amount code (see discardedLinesFor for the general case).
 */
export function discardedUnitsFor(
  billing: HcpcsUnits,
  dose: number,
  discardedAmount: number,
): number {
  if (!(discardedAmount > 0) || !(dose > 0)) return 0;
  const total = clean(dose + discardedAmount);
  return Math.max(0, wholeUnits(total, billing.unitAmount) - billing.units);
}

/**
 * How every dose, volume and concentration reads wherever it is shown: the form, the code panel's
 * rationale, the narrative and the exports (issue 10, kind 4: three formatters once gave 1.67 mg in
 * the form and 1.665 mg beside it). Three decimals from 1 up (1.665, 166.667), three significant
 * digits below 1 (0.0625, 0.167); no binary dust, no trailing zeros.
 */
export function formatQuantity(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded =
    n === 0 || Math.abs(n) >= 1 ? Math.round(n * 1000) / 1000 : Number(n.toPrecision(3));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
