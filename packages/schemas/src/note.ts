import { z } from "zod";
import { ConcentrationUnitSchema } from "./catalog.js";
import {
  IcdCodeSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  ShortTextSchema,
  SideSchema,
} from "./primitives.js";

/**
 * The structured trigger point injection note. This is the single definition of its shape: the form,
 * the API, the engine and the exported JSON Schema (docs/note.schema.json) all come from it.
 *
 * Design notes:
 * - Everything a medical assistant may leave for later is optional or nullable, so a half-filled note
 *   still parses and the engine can say what is missing (as checklist items) instead of refusing it.
 * - Muscle rows carry a stable rowId so edits to one row never land on another (see product.md).
 */

export const PainScaleSchema = z.enum(["NRS-11", "VAS-100", "Wong-Baker"]);
export type PainScale = z.infer<typeof PainScaleSchema>;

/** The maximum of each scale, so relief can be compared in percent. */
export const PAIN_SCALE_MAX: Record<PainScale, number> = {
  "NRS-11": 10,
  "VAS-100": 100,
  "Wong-Baker": 10,
};

export const DurationSchema = z.object({
  value: z.number().int().min(0).max(1200),
  unit: z.enum(["days", "weeks", "months", "years"]),
});
export type Duration = z.infer<typeof DurationSchema>;

export const PainCharacterSchema = z.enum([
  "aching",
  "sharp",
  "burning",
  "dull",
  "throbbing",
  "tight",
  "stabbing",
  "cramping",
]);

export const HistorySchema = z.object({
  painCharacter: z.array(PainCharacterSchema).default([]),
  duration: DurationSchema.nullable().default(null),
  location: ShortTextSchema.default(""),
  referredPain: ShortTextSchema.default(""),
  functionalEffect: ShortTextSchema.default(""),
  painScale: PainScaleSchema.nullable().default(null),
  painScoreBefore: z.number().min(0).max(100).nullable().default(null),
  painScoreAfter: z.number().min(0).max(100).nullable().default(null),
  /** Objective functional scale named and scored (LCD repeat-injection documentation). */
  functionalScale: ShortTextSchema.default(""),
});

export const FindingSchema = z.object({
  muscleId: IdSchema,
  side: SideSchema,
  tautBand: z.boolean().default(false),
  tenderNodule: z.boolean().default(false),
  referredPainReproduced: z.boolean().default(false),
  localTwitchResponse: z.boolean().default(false),
  limitedRangeOfMotion: z.boolean().default(false),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ConservativeCareTypeSchema = z.enum([
  "physical-therapy",
  "home-exercise",
  "nsaids",
  "muscle-relaxants",
  "heat-ice",
  "activity-modification",
  "massage",
  "chiropractic",
  "acetaminophen",
  "other",
]);

export const ConservativeCareSchema = z.object({
  type: ConservativeCareTypeSchema,
  detail: ShortTextSchema.default(""),
  duration: DurationSchema.nullable().default(null),
  response: z.enum(["none", "minimal", "partial", "good"]).nullable().default(null),
  ongoing: z.boolean().default(false),
});
export type ConservativeCare = z.infer<typeof ConservativeCareSchema>;

export const ConsentSchema = z.object({
  risksBenefitsAlternativesDiscussed: z.boolean().default(false),
  obtained: z.boolean().default(false),
  form: z.enum(["verbal", "written"]).nullable().default(null),
  obtainedBy: ShortTextSchema.default(""),
});

export const InjectateSchema = z.object({
  agentId: IdSchema,
  concentration: z.object({
    value: z.number().positive().max(100000),
    unit: ConcentrationUnitSchema,
  }),
  volumeMl: z.number().positive().max(100),
});
export type Injectate = z.infer<typeof InjectateSchema>;

export const MuscleRowSchema = z.object({
  /** Stable identity of the row, generated when it is added; never reused. */
  rowId: z.string().min(1).max(64),
  muscleId: IdSchema,
  side: SideSchema,
  triggerPoints: z.number().int().min(1).max(20),
  /** Empty = needles without injectate (dry needling), which is never coded as 20552/20553. */
  injectates: z.array(InjectateSchema).max(4).default([]),
});
export type MuscleRow = z.infer<typeof MuscleRowSchema>;

/** How each agent was supplied: needed for JW/JZ and for the drug line's documentation. */
export const VialSchema = z.object({
  agentId: IdSchema,
  type: z.enum(["single-dose", "multi-dose"]),
  /** Amount discarded from a single-dose vial, in the agent's dose unit (mg or units). */
  discardedAmount: z.number().min(0).max(100000).default(0),
  ndc: z
    .string()
    .regex(/^\d{4,5}-\d{3,4}-\d{1,2}$|^\d{11}$/, "NDC as 5-4-2 or 11 digits")
    .nullable()
    .default(null),
});
export type Vial = z.infer<typeof VialSchema>;

/** Non-trigger-point injections into a named tendon structure (20550/20551), one entry per structure. */
export const TendonInjectionSchema = z.object({
  rowId: z.string().min(1).max(64),
  kind: z.enum(["tendon-sheath", "ligament", "aponeurosis", "tendon-origin-insertion"]),
  structure: ShortTextSchema.min(1),
  side: SideSchema,
});

export const GuidanceSchema = z.enum(["palpation", "ultrasound", "fluoroscopy"]);
export type Guidance = z.infer<typeof GuidanceSchema>;

export const ProcedureSchema = z.object({
  muscles: z.array(MuscleRowSchema).max(60).default([]),
  vials: z.array(VialSchema).max(10).default([]),
  tendonInjections: z.array(TendonInjectionSchema).max(10).default([]),
  skinPrep: z.enum(["chlorhexidine", "alcohol", "povidone-iodine"]).nullable().default(null),
  needleGauge: z.number().int().min(18).max(34).nullable().default(null),
  technique: z.enum(["peppering", "fan", "single-pass"]).nullable().default(null),
  guidance: GuidanceSchema.default("palpation"),
  /** Ultrasound/fluoroscopy only: images recorded and interpreted (needed to report guidance at all). */
  guidanceImagesRecorded: z.boolean().default(false),
  response: z
    .object({
      localTwitch: z.boolean().default(false),
      release: z.boolean().default(false),
    })
    .default({ localTwitch: false, release: false }),
  tolerance: z.enum(["well", "fair", "poorly"]).nullable().default(null),
  complications: z.enum(["none", "bleeding", "vasovagal", "other"]).nullable().default(null),
  complicationsDetail: ShortTextSchema.default(""),
  postInstructions: z
    .array(
      z.enum([
        "stretching",
        "ice",
        "heat",
        "hydration",
        "activity",
        "return-precautions",
        "follow-up",
      ]),
    )
    .default([]),
  /** Other blocks (ESI, facet, sympathetic) in the same session: an LCD coverage question. */
  otherBlocksSameSession: z.boolean().default(false),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

export const EmLevelSchema = z.enum([
  "99202",
  "99203",
  "99204",
  "99205",
  "99211",
  "99212",
  "99213",
  "99214",
  "99215",
]);

export const SameDayEmSchema = z.object({
  level: EmLevelSchema,
  /** The significant, separately identifiable problem addressed, in the physician's words. */
  separateProblem: LongTextSchema.default(""),
  /** Diagnoses (codes from the note's list) that the E/M addresses. */
  diagnosisCodes: z.array(IcdCodeSchema).max(4).default([]),
});
export type SameDayEm = z.infer<typeof SameDayEmSchema>;

export const PriorSessionSchema = z.object({
  date: IsoDateSchema,
  muscles: z
    .array(z.object({ muscleId: IdSchema, side: SideSchema }))
    .max(60)
    .default([]),
  painScale: PainScaleSchema.nullable().default(null),
  painScoreBefore: z.number().min(0).max(100).nullable().default(null),
  /** Relief the patient reported from that session, in percent, when documented. */
  reliefPercent: z.number().min(0).max(100).nullable().default(null),
  reliefDurationWeeks: z.number().min(0).max(520).nullable().default(null),
});
export type PriorSession = z.infer<typeof PriorSessionSchema>;

export const NoteSchema = z.object({
  dateOfService: IsoDateSchema,
  payerProfileId: IdSchema,
  /** CMS place-of-service code (11 office, 19/22 outpatient hospital, ...). */
  placeOfService: z
    .string()
    .regex(/^\d{2}$/, "Two-digit place-of-service code")
    .default("11"),
  renderingProvider: z
    .object({
      name: ShortTextSchema.default(""),
      npi: z
        .string()
        .regex(/^\d{10}$/, "NPI is 10 digits")
        .nullable()
        .default(null),
      credentials: ShortTextSchema.default(""),
    })
    .default({ name: "", npi: null, credentials: "" }),
  history: HistorySchema.default(HistorySchema.parse({})),
  findings: z.array(FindingSchema).max(60).default([]),
  conservativeCare: z.array(ConservativeCareSchema).max(20).default([]),
  consent: ConsentSchema.default(ConsentSchema.parse({})),
  procedure: ProcedureSchema.default(ProcedureSchema.parse({})),
  /** Ordered: the first is the primary diagnosis; position = diagnosis pointer (1 = A). */
  diagnoses: z.array(IcdCodeSchema).max(12).default([]),
  sameDayEm: SameDayEmSchema.nullable().default(null),
  priorSessions: z.array(PriorSessionSchema).max(100).default([]),
});
export type Note = z.infer<typeof NoteSchema>;
/** What a caller may send: defaults filled in by parsing. */
export type NoteInput = z.input<typeof NoteSchema>;
