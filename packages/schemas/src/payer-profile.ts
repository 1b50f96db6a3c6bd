import { z } from "zod";
import { AgentClassSchema } from "./catalog.js";
import { IdSchema, IsoDateSchema } from "./primitives.js";

/** How a payer treats a service: drives the severity and wording of coverage findings. */
export const CoverageSchema = z.enum([
  "covered",
  "investigational",
  "not-reasonable-necessary",
  "non-covered",
]);
export type Coverage = z.infer<typeof CoverageSchema>;

export const CitationRefSchema = z.object({
  /** Key into the engine's source table (packages/coding/src/rules/sources.ts). */
  source: z.string().min(1),
  /** Where in the source: section, paragraph, table row. */
  locator: z.string().default(""),
});
export type CitationRef = z.infer<typeof CitationRefSchema>;

/**
 * A payer's policy as data. Every payer difference the engine knows is a field here, never a branch
 * on the payer's name; a clinic adds its own profile as JSON validated by this schema.
 */
export const PayerProfileSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  description: z.string().default(""),
  version: z.number().int().min(1).default(1),
  effective: z.object({ from: IsoDateSchema, to: IsoDateSchema.nullable().default(null) }),
  citations: z.array(CitationRefSchema).default([]),
  /** Sessions (any trigger point code) allowed in a rolling window. */
  frequency: z
    .object({ maxSessions: z.number().int().min(1), windowMonths: z.number().int().min(1).max(36) })
    .nullable()
    .default(null),
  /** Minimum interval before the same muscle (and side) is injected again. */
  repeatSameMuscleMinWeeks: z.number().int().min(0).nullable().default(null),
  /** A repeat session needs this much relief (percent) from the previous one, documented. */
  repeatRequiresReliefPercent: z.number().min(0).max(100).nullable().default(null),
  /** Conservative care the policy wants tried first, in weeks. */
  conservativeCareMinWeeks: z.number().int().min(0).nullable().default(null),
  /** Each injected muscle needs this many trigger point findings documented (LCD initial criteria: 2). */
  minFindingsPerMuscle: z.number().int().min(0).max(4).nullable().default(null),
  /** Muscles in more than one anatomical region in one session are not covered. */
  oneRegionPerSession: z.boolean().default(false),
  imagingGuidance: z
    .object({ ultrasound: CoverageSchema, fluoroscopy: CoverageSchema })
    .default({ ultrasound: "covered", fluoroscopy: "covered" }),
  dryNeedling: CoverageSchema.default("covered"),
  /** Other blocks (ESI, facet, sympathetic) in the same session as trigger point injections. */
  otherBlocksSameSession: CoverageSchema.default("covered"),
  /** Agent classes paid as part of the procedure (no drug line). */
  bundledAgentClasses: z.array(AgentClassSchema).default([]),
  /** Agent classes the policy does not cover as injectate. */
  nonCoveredAgentClasses: z.array(AgentClassSchema).default([]),
  /** Diagnoses (code or code prefix) the policy does not cover for trigger point injection. */
  nonCoveredDiagnoses: z
    .array(z.object({ prefix: z.string().min(1), reason: z.string().min(1) }))
    .default([]),
  /** JW/JZ required on separately payable drugs from single-dose containers. */
  requireJwJz: z.boolean().default(false),
  requireNdc: z.boolean().default(false),
  /** Modifier for an expected denial when an ABN is on file (Medicare: GA); null when not applicable. */
  abnModifier: z
    .string()
    .regex(/^[A-Z0-9]{2}$/)
    .nullable()
    .default(null),
  /** Checklist item ids this payer requires on top of the universal ones. */
  requiredDocumentation: z.array(z.string()).default([]),
});
export type PayerProfile = z.infer<typeof PayerProfileSchema>;
export type PayerProfileInput = z.input<typeof PayerProfileSchema>;
