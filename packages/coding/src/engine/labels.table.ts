import type { AgentClass, Coverage, Region } from "@tpi/schemas";

/**
 * The plain words for each enum value the engine puts in a message. A table, not string mangling of
 * the ids ("not-reasonable-necessary" is "not reasonable and necessary", the words the LCDs use).
 */
export const COVERAGE_LABELS: Readonly<Record<Coverage, string>> = {
  covered: "covered",
  investigational: "investigational",
  "not-reasonable-necessary": "not reasonable and necessary",
  "non-covered": "not covered",
};

export const AGENT_CLASS_LABELS: Readonly<Record<AgentClass, string>> = {
  "local-anesthetic": "local anesthetic",
  corticosteroid: "corticosteroid",
  "botulinum-toxin": "botulinum toxin",
  nsaid: "NSAID",
  saline: "saline",
  biologic: "biologic",
};

export const REGION_LABELS: Readonly<Record<Region, string>> = {
  "head-neck": "head and neck",
  "shoulder-upper-back": "shoulder and upper back",
  thoracic: "thoracic",
  "lumbar-pelvic": "lumbar and pelvic",
  "hip-gluteal": "hip and gluteal",
  "upper-limb": "upper limb",
  "lower-limb": "lower limb",
};

/** How a message that starts with an imaging method names it ("Ultrasound guidance ..."). */
export const GUIDANCE_LABELS: Readonly<Record<"ultrasound" | "fluoroscopy", string>> = {
  ultrasound: "Ultrasound",
  fluoroscopy: "Fluoroscopy",
};

/** "1 unit", "4 units": a count with its noun, singular for one. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "per 10 mg", "per unit" (never "per 1 units"): the amount one billing unit stands for. */
export function perAmount(amount: string, unit: "mg" | "units"): string {
  if (unit === "units") return amount === "1" ? "per unit" : `per ${amount} units`;
  return `per ${amount} mg`;
}

/** "10 mg", "1 unit", "150 units": an amount in a dose unit. */
export function amountText(amount: string, unit: "mg" | "units"): string {
  if (unit === "units") return amount === "1" ? "1 unit" : `${amount} units`;
  return `${amount} mg`;
}
