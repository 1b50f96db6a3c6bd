import type { RuleId } from "../rules/index.js";

/**
 * Which code a count of distinct (muscle, side) pairs gets. A new band or code is a new row here.
 * Units are always one per session: the MUE for each of these codes is 1 (MAI 2).
 */
export interface ProcedureBand {
  readonly ruleId: RuleId;
  readonly method: "injection" | "dry-needling";
  readonly min: number;
  readonly max: number | null;
  readonly code: string;
  /** Modifiers this code never takes (bilateral indicator 0; one unit per session, so no 59/XS either). */
  readonly forbiddenModifiers: readonly string[];
}

const TPI_FORBIDDEN = ["50", "RT", "LT", "59", "XS", "XE", "XP", "XU"] as const;

export const PROCEDURE_BANDS: readonly ProcedureBand[] = [
  {
    ruleId: "CPT-TPI-01",
    method: "injection",
    min: 1,
    max: 2,
    code: "20552",
    forbiddenModifiers: TPI_FORBIDDEN,
  },
  {
    ruleId: "CPT-TPI-02",
    method: "injection",
    min: 3,
    max: null,
    code: "20553",
    forbiddenModifiers: TPI_FORBIDDEN,
  },
  {
    ruleId: "CPT-DN-01",
    method: "dry-needling",
    min: 1,
    max: 2,
    code: "20560",
    forbiddenModifiers: ["50", "RT", "LT"],
  },
  {
    ruleId: "CPT-DN-01",
    method: "dry-needling",
    min: 3,
    max: null,
    code: "20561",
    forbiddenModifiers: ["50", "RT", "LT"],
  },
];

/**
 * Agents whose injection is a procedure of its own (catalogs/agents.table.ts, `procedureCode`): the rule
 * that codes it. One unit per session whatever the number of sites (0232T: "any site").
 */
export const OWN_PROCEDURE_RULES: Readonly<Record<string, RuleId>> = {
  "0232T": "CPT-PRP-01",
};

/** Tendon-structure injections: one unit per structure. */
export const TENDON_CODES = {
  "tendon-sheath": "20550",
  ligament: "20550",
  aponeurosis: "20550",
  "tendon-origin-insertion": "20551",
} as const;

/** Imaging guidance codes and the payer-profile key that says whether the payer covers them. */
export const GUIDANCE_CODES = {
  ultrasound: { code: "76942", coverageKey: "ultrasound" },
  fluoroscopy: { code: "77002", coverageKey: "fluoroscopy" },
} as const;

export function bandFor(method: ProcedureBand["method"], count: number): ProcedureBand | undefined {
  return PROCEDURE_BANDS.find(
    (b) => b.method === method && count >= b.min && (b.max === null || count <= b.max),
  );
}

/** Modifiers a code never takes, from the band table (empty for codes outside it). */
export function forbiddenModifiersFor(code: string): readonly string[] {
  return PROCEDURE_BANDS.find((b) => b.code === code)?.forbiddenModifiers ?? [];
}
