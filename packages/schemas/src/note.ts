import { z } from "zod/mini";
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
 * - Written with zod/mini (functions instead of methods) so the browser bundle keeps only what it uses.
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
  value: z
    .number()
    .check(
      z.int("A duration is a whole number"),
      z.minimum(0, "A duration cannot be negative"),
      z.maximum(1200, "At most 1200: use a larger unit"),
    ),
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

/**
 * A pain score checked against its scale: 15 on the 0-10 NRS-11 is no score (it printed as "15/10").
 * With no scale recorded the score only has to be within 0-100, the widest scale.
 */
function painWithinScale(
  scale: PainScale | null | undefined,
  score: number | null | undefined,
): boolean {
  if (!scale || score === null || score === undefined) return true;
  // Outside 0-100 the score's own check has said so already.
  return score <= PAIN_SCALE_MAX[scale] || score > 100 || score < 0;
}

function painScaleMessage(scale: PainScale | null | undefined): string {
  return scale ? `On the ${scale} scale a score is 0 to ${PAIN_SCALE_MAX[scale]}` : "";
}

const painScore = z.nullable(
  z
    .number()
    .check(
      z.minimum(0, "A pain score cannot be negative"),
      z.maximum(100, "A pain score is at most 100"),
    ),
);

/** Pain scores checked against the scale beside them, each at its own field. */
function painScoresWithinScale<
  T extends { painScale: PainScale | null; painScoreBefore: number | null },
>(keys: readonly ("painScoreBefore" | "painScoreAfter")[]) {
  return keys.map((key) =>
    z.superRefine<T>((v, ctx) => {
      const score = (v as Record<string, unknown>)[key] as number | null | undefined;
      if (!painWithinScale(v.painScale, score)) {
        ctx.issues.push({
          code: "custom",
          message: painScaleMessage(v.painScale),
          path: [key],
          input: score,
        });
      }
    }),
  );
}

export const HistorySchema = z
  .object({
    painCharacter: z._default(z.array(PainCharacterSchema), []),
    duration: z._default(z.nullable(DurationSchema), null),
    location: z._default(ShortTextSchema, ""),
    referredPain: z._default(ShortTextSchema, ""),
    functionalEffect: z._default(ShortTextSchema, ""),
    painScale: z._default(z.nullable(PainScaleSchema), null),
    painScoreBefore: z._default(painScore, null),
    painScoreAfter: z._default(painScore, null),
    /** Objective functional scale named and scored (LCD repeat-injection documentation). */
    functionalScale: z._default(ShortTextSchema, ""),
  })
  .check(...painScoresWithinScale(["painScoreBefore", "painScoreAfter"]));

/** An optional whole-number measurement within typing-slip limits; null when not taken. */
const optionalWhole = (min: number, max: number) =>
  z._default(z.nullable(z.number().check(z.int(), z.minimum(min), z.maximum(max))), null);

/**
 * Vital signs taken before the procedure, usually by the medical assistant. Each is optional: not every
 * clinic takes all of them for an office injection. US clinic units (mmHg, per minute, °F, %, lb). The
 * limits catch typing slips (a pulse of 720), not abnormal values, which the physician must still see.
 * A blood pressure is two numbers: one without the other is an incomplete entry, not a reading.
 */
export const VitalsSchema = z
  .object({
    systolicMmHg: optionalWhole(50, 300),
    diastolicMmHg: optionalWhole(20, 200),
    heartRatePerMin: optionalWhole(20, 250),
    respiratoryRatePerMin: optionalWhole(4, 60),
    temperatureF: z._default(z.nullable(z.number().check(z.minimum(86), z.maximum(113))), null),
    spo2Percent: optionalWhole(50, 100),
    weightLb: z._default(z.nullable(z.number().check(z.minimum(2), z.maximum(1000))), null),
  })
  .check(
    z.refine((v) => v.systolicMmHg === null || v.diastolicMmHg !== null, {
      error: "Enter the diastolic pressure too",
      path: ["diastolicMmHg"],
    }),
    z.refine((v) => v.diastolicMmHg === null || v.systolicMmHg !== null, {
      error: "Enter the systolic pressure too",
      path: ["systolicMmHg"],
    }),
    z.refine(
      (v) =>
        v.systolicMmHg === null || v.diastolicMmHg === null || v.diastolicMmHg < v.systolicMmHg,
      { error: "Diastolic must be lower than systolic", path: ["diastolicMmHg"] },
    ),
  );
export type Vitals = z.infer<typeof VitalsSchema>;

export const FindingSchema = z.object({
  muscleId: IdSchema,
  side: SideSchema,
  tautBand: z._default(z.boolean(), false),
  tenderNodule: z._default(z.boolean(), false),
  referredPainReproduced: z._default(z.boolean(), false),
  localTwitchResponse: z._default(z.boolean(), false),
  limitedRangeOfMotion: z._default(z.boolean(), false),
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
  detail: z._default(ShortTextSchema, ""),
  duration: z._default(z.nullable(DurationSchema), null),
  response: z._default(z.nullable(z.enum(["none", "minimal", "partial", "good"])), null),
  ongoing: z._default(z.boolean(), false),
});
export type ConservativeCare = z.infer<typeof ConservativeCareSchema>;

export const ConsentSchema = z.object({
  risksBenefitsAlternativesDiscussed: z._default(z.boolean(), false),
  obtained: z._default(z.boolean(), false),
  form: z._default(z.nullable(z.enum(["verbal", "written"])), null),
  obtainedBy: z._default(ShortTextSchema, ""),
});

export const InjectateSchema = z.object({
  agentId: IdSchema,
  concentration: z.object({
    value: z.number().check(z.positive(), z.maximum(100000)),
    unit: ConcentrationUnitSchema,
  }),
  volumeMl: z.number().check(z.positive(), z.maximum(100)),
});
export type Injectate = z.infer<typeof InjectateSchema>;

export const MuscleRowSchema = z.object({
  /** Stable identity of the row, generated when it is added; never reused. */
  rowId: z.string().check(z.minLength(1), z.maxLength(64)),
  muscleId: IdSchema,
  side: SideSchema,
  triggerPoints: z.number().check(z.int(), z.minimum(1), z.maximum(20)),
  /** Empty = needles without injectate (dry needling), which is never coded as 20552/20553. */
  injectates: z._default(z.array(InjectateSchema).check(z.maxLength(4)), []),
  /**
   * The physician's explicit choice of dry needling for a row without injectate. An empty injectate
   * list alone may be an unfinished row, so signing needs either an injectate or this choice set to
   * true. Optional (absent = not chosen) so rows written before it existed read the same.
   */
  dryNeedling: z.optional(z.boolean()),
});
export type MuscleRow = z.infer<typeof MuscleRowSchema>;

/** How each agent was supplied: needed for JW/JZ and for the drug line's documentation. */
export const VialSchema = z.object({
  agentId: IdSchema,
  type: z.enum(["single-dose", "multi-dose"]),
  /**
   * Amount discarded from a single-dose vial, in the agent's dose unit (mg or units); 0 when nothing was
   * discarded (JZ). Null until someone records it: a blank must not claim "nothing discarded".
   */
  discardedAmount: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(100000))), null),
  /**
   * The National Drug Code as printed on the vial: 4-4-2, 5-3-2 or 5-4-1 with hyphens, or the 11-digit
   * 5-4-2 claim form, with or without hyphens. Other shapes (1234-123-1) are no NDC.
   */
  ndc: z._default(
    z.nullable(
      z
        .string()
        .check(
          z.regex(
            /^(\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}|\d{11})$/,
            "NDC as 4-4-2, 5-3-2 or 5-4-1 with hyphens, or 11 digits (5-4-2)",
          ),
        ),
    ),
    null,
  ),
});
export type Vial = z.infer<typeof VialSchema>;

/** Non-trigger-point injections into a named tendon structure (20550/20551), one entry per structure. */
export const TendonInjectionSchema = z.object({
  rowId: z.string().check(z.minLength(1), z.maxLength(64)),
  kind: z.enum(["tendon-sheath", "ligament", "aponeurosis", "tendon-origin-insertion"]),
  structure: ShortTextSchema.check(z.minLength(1)),
  side: SideSchema,
});

export const GuidanceSchema = z.enum(["palpation", "ultrasound", "fluoroscopy"]);
export type Guidance = z.infer<typeof GuidanceSchema>;

export const ProcedureSchema = z.object({
  muscles: z._default(z.array(MuscleRowSchema).check(z.maxLength(60)), []),
  vials: z._default(z.array(VialSchema).check(z.maxLength(10)), []),
  tendonInjections: z._default(z.array(TendonInjectionSchema).check(z.maxLength(10)), []),
  skinPrep: z._default(z.nullable(z.enum(["chlorhexidine", "alcohol", "povidone-iodine"])), null),
  needleGauge: z._default(
    z.nullable(z.number().check(z.int(), z.minimum(18), z.maximum(34))),
    null,
  ),
  technique: z._default(z.nullable(z.enum(["peppering", "fan", "single-pass"])), null),
  guidance: z._default(GuidanceSchema, "palpation"),
  /** Ultrasound/fluoroscopy only: images recorded and interpreted (needed to report guidance at all). */
  guidanceImagesRecorded: z._default(z.boolean(), false),
  response: z._default(
    z.object({
      localTwitch: z._default(z.boolean(), false),
      release: z._default(z.boolean(), false),
    }),
    { localTwitch: false, release: false },
  ),
  tolerance: z._default(z.nullable(z.enum(["well", "fair", "poorly"])), null),
  complications: z._default(z.nullable(z.enum(["none", "bleeding", "vasovagal", "other"])), null),
  complicationsDetail: z._default(ShortTextSchema, ""),
  postInstructions: z._default(
    z.array(
      z.enum([
        "stretching",
        "ice",
        "heat",
        "hydration",
        "activity",
        "return-precautions",
        "follow-up",
      ]),
    ),
    [],
  ),
  /** Other blocks (ESI, facet, sympathetic) in the same session: an LCD coverage question. */
  otherBlocksSameSession: z._default(z.boolean(), false),
});
export type Procedure = z.infer<typeof ProcedureSchema>;

/** A required choice with no default: nobody's E/M level is guessed (issue 10, kind 2). */
export const EmLevelSchema = z.enum(
  ["99202", "99203", "99204", "99205", "99211", "99212", "99213", "99214", "99215"],
  { error: "Choose the E/M level billed" },
);

export const SameDayEmSchema = z.object({
  level: EmLevelSchema,
  /** The significant, separately identifiable problem addressed, in the physician's words. */
  separateProblem: z._default(LongTextSchema, ""),
  /** Diagnoses (codes from the note's list) that the E/M addresses. */
  diagnosisCodes: z._default(z.array(IcdCodeSchema).check(z.maxLength(4)), []),
});
export type SameDayEm = z.infer<typeof SameDayEmSchema>;

export const PriorSessionSchema = z
  .object({
    date: IsoDateSchema,
    muscles: z._default(
      z.array(z.object({ muscleId: IdSchema, side: SideSchema })).check(z.maxLength(60)),
      [],
    ),
    painScale: z._default(z.nullable(PainScaleSchema), null),
    painScoreBefore: z._default(painScore, null),
    /**
     * The score after that session's injection, on its scale, so relief can be computed as well as
     * reported. Optional (absent in notes stored before it existed, which read as not recorded).
     */
    painScoreAfter: z.optional(painScore),
    /** Relief the patient reported from that session, in percent, when documented. */
    reliefPercent: z._default(z.nullable(z.number().check(z.minimum(0), z.maximum(100))), null),
    reliefDurationWeeks: z._default(
      z.nullable(z.number().check(z.minimum(0), z.maximum(520))),
      null,
    ),
  })
  .check(...painScoresWithinScale(["painScoreBefore", "painScoreAfter"]));
export type PriorSession = z.infer<typeof PriorSessionSchema>;

/**
 * The NPI's check digit (CMS, "Requirements for NPI"): the Luhn formula over the nine identifier
 * digits prefixed with 80840 (the card issuer prefix for US health), so 1234567893 is valid and
 * 1234567890 is not. A string that is not ten digits is left to the format check.
 */
export function npiCheckDigitValid(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return true;
  const digits = `80840${npi}`.split("").map(Number);
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits[i] ?? 0;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export const NoteSchema = z.object({
  dateOfService: IsoDateSchema,
  payerProfileId: IdSchema,
  /** CMS place-of-service code (11 office, 19/22 outpatient hospital, ...). */
  placeOfService: z._default(
    z.string().check(z.regex(/^\d{2}$/, "Two-digit place-of-service code")),
    "11",
  ),
  renderingProvider: z._default(
    z.object({
      name: z._default(ShortTextSchema, ""),
      npi: z._default(
        z.nullable(
          z
            .string()
            .check(
              z.regex(/^\d{10}$/, "An NPI is 10 digits"),
              z.refine(npiCheckDigitValid, "Not a valid NPI: its check digit does not match"),
            ),
        ),
        null,
      ),
      credentials: z._default(ShortTextSchema, ""),
    }),
    { name: "", npi: null, credentials: "" },
  ),
  history: z._default(HistorySchema, HistorySchema.parse({})),
  vitals: z._default(VitalsSchema, VitalsSchema.parse({})),
  findings: z._default(z.array(FindingSchema).check(z.maxLength(60)), []),
  conservativeCare: z._default(z.array(ConservativeCareSchema).check(z.maxLength(20)), []),
  consent: z._default(ConsentSchema, ConsentSchema.parse({})),
  procedure: z._default(ProcedureSchema, ProcedureSchema.parse({})),
  /** Ordered: the first is the primary diagnosis; position = diagnosis pointer (1 = A). */
  diagnoses: z._default(z.array(IcdCodeSchema).check(z.maxLength(12)), []),
  sameDayEm: z._default(z.nullable(SameDayEmSchema), null),
  priorSessions: z._default(z.array(PriorSessionSchema).check(z.maxLength(100)), []),
});
export type Note = z.infer<typeof NoteSchema>;
/** What a caller may send: defaults filled in by parsing. */
export type NoteInput = z.input<typeof NoteSchema>;
