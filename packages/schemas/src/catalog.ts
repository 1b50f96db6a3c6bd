import { z } from "zod/mini";
import { IdSchema, ProcedureCodeSchema } from "./primitives.js";

/** Anatomical regions used for catalog grouping and the one-region-per-session payer rule. */
export const RegionSchema = z.enum([
  "head-neck",
  "shoulder-upper-back",
  "thoracic",
  "lumbar-pelvic",
  "hip-gluteal",
  "upper-limb",
  "lower-limb",
]);
export type Region = z.infer<typeof RegionSchema>;

export const MuscleSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  region: RegionSchema,
  /** What a clinician types: synonyms and abbreviations ("utr", "QL", "lev scap"). */
  synonyms: z.array(z.string()),
  /** True for paired (left/right) muscles; unpaired ones are documented as midline. */
  paired: z.boolean(),
  /** Which body-diagram view shows it. */
  view: z.enum(["front", "back"]),
  /**
   * Set on parts of one anatomical muscle (upper/middle/lower trapezius -> "trapezius"): parts sharing it count
   * as one muscle per side toward the 1-2 vs 3+ muscles threshold (20552/20553). Absent = counts on its own.
   */
  partOf: z.optional(IdSchema),
});
export type Muscle = z.infer<typeof MuscleSchema>;

/** Words that name a site, not a muscle ("shoulder", "low back"): a vague entry the note must not accept. */
export const VagueSiteSchema = z.object({
  term: z.string(),
  /** What to document instead: the muscles a clinician most likely meant. */
  suggestMuscleIds: z.array(IdSchema),
});
export type VagueSite = z.infer<typeof VagueSiteSchema>;

export const AgentClassSchema = z.enum([
  "local-anesthetic",
  "corticosteroid",
  "botulinum-toxin",
  "nsaid",
  "saline",
  "biologic",
]);
export type AgentClass = z.infer<typeof AgentClassSchema>;

export const ConcentrationUnitSchema = z.enum(["percent", "mg/mL", "units/mL"]);
export type ConcentrationUnit = z.infer<typeof ConcentrationUnitSchema>;

/** The amount unit a dose is measured in after concentration x volume. */
export const DoseUnitSchema = z.enum(["mg", "units"]);
export type DoseUnit = z.infer<typeof DoseUnitSchema>;

export const AgentSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  class: AgentClassSchema,
  synonyms: z.array(z.string()),
  /** HCPCS Level II code whose billing unit fits; several for dose-banded codes (J1020/J1030/J1040). */
  hcpcs: z.array(
    z.object({
      code: z.string().check(z.regex(/^[A-V][0-9]{4}$/)),
      /** Amount per billing unit, in doseUnit; from the HCPCS descriptor. */
      unitAmount: z.number().check(z.positive()),
      /** Dose-banded codes: the code fits only doses up to this amount (e.g. J1020 up to 20 mg). */
      maxDose: z.optional(z.number().check(z.positive())),
      note: z.optional(z.string()),
    }),
  ),
  doseUnit: DoseUnitSchema,
  commonConcentrations: z.array(
    z.object({ value: z.number().check(z.positive()), unit: ConcentrationUnitSchema }),
  ),
  /** True when no specific HCPCS code exists and the claim needs an unclassified code (J3490). */
  unclassified: z.boolean(),
  /**
   * A procedure code of its own for injecting this agent, which includes the agent (platelet-rich plasma:
   * 0232T, with the blood draw and preparation). Such an agent has no drug line, and the muscles it is
   * injected into are that procedure's, not the trigger point codes'.
   */
  procedureCode: z.optional(ProcedureCodeSchema),
});
export type Agent = z.infer<typeof AgentSchema>;
