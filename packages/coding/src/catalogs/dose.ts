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
  /** Why this code and count, when it is not plain arithmetic (a dose above the largest band). */
  readonly note?: string;
}

/** 1 % w/v = 1 g per 100 mL = 10 mg/mL. */
const MG_PER_ML_PER_PERCENT = 10;
const RELATIVE_TOLERANCE = 1e-9;

/** Removes binary floating-point dust (0.30000000000000004 -> 0.3) without touching real precision. */
function clean(x: number): number {
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

function fmt(x: number): string {
  return String(clean(x));
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

/**
 * The HCPCS code and billing units for a total dose of an agent, or undefined when the agent has no
 * code (lidocaine, saline: no drug line; unclassified agents: the caller reports J3490) or the dose is
 * not a positive number.
 *
 * Units = dose / amount per unit, rounded up to a whole unit (coding-rules.md §6).
 * Dose-banded codes (every entry has maxDose, e.g. methylprednisolone J1020/J1030/J1040): the smallest
 * band that holds the whole dose, one code, never a mix ("don't mix codes to make up a dose if one code
 * fits", §6): 40 mg -> J1030 x1, 50 mg -> J1040 x1. Above the largest band no single unit fits; we keep
 * one code and round up the largest band (120 mg -> J1040 x2) with a note, which is the ordinary
 * round-up rule applied to the largest unit and avoids splitting one drug over two codes. Payers who
 * want J1040 + J1030 instead can be handled as payer data later; the note says so.
 */
export function hcpcsUnitsFor(agent: Agent, dose: number): HcpcsUnits | undefined {
  if (!(dose > 0) || !Number.isFinite(dose)) return undefined;
  const bands = agent.hcpcs
    .filter((h) => h.maxDose !== undefined)
    .sort((a, b) => (a.maxDose ?? 0) - (b.maxDose ?? 0));
  const band = bands.find((h) => dose <= (h.maxDose ?? 0) * (1 + RELATIVE_TOLERANCE));
  if (band) {
    return {
      code: band.code,
      units: wholeUnits(dose, band.unitAmount),
      unitAmount: band.unitAmount,
    };
  }

  const perUnit = agent.hcpcs.find((h) => h.maxDose === undefined);
  if (perUnit) {
    return {
      code: perUnit.code,
      units: wholeUnits(dose, perUnit.unitAmount),
      unitAmount: perUnit.unitAmount,
    };
  }

  const largest = bands.at(-1);
  if (!largest) return undefined;
  const units = wholeUnits(dose, largest.unitAmount);
  return {
    code: largest.code,
    units,
    unitAmount: largest.unitAmount,
    note: `${fmt(dose)} ${agent.doseUnit} is more than the largest band (${fmt(largest.unitAmount)} ${agent.doseUnit}): ${largest.code} x ${units}, rounded up, rather than mixing codes; check whether the payer wants the bands combined instead.`,
  };
}

/**
 * Billing units to report with JW for drug discarded from a single-dose container: the units the whole
 * container amount (given + discarded) needs, less the units already billed for the dose. Waste already
 * paid through rounding the dose up is therefore never billed twice (Noridian JW/JZ guidance, §6).
 * 0 means nothing to report with JW (the line gets JZ when the payer requires it).
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
