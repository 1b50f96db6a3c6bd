import { z } from "zod/mini";
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
  source: z.string().check(z.minLength(1)),
  /** Where in the source: section, paragraph, table row. */
  locator: z._default(z.string(), ""),
});
export type CitationRef = z.infer<typeof CitationRefSchema>;

/**
 * A payer's policy as data. Every payer difference the engine knows is a field here, never a branch
 * on the payer's name; a clinic adds its own profile as JSON validated by this schema.
 */
export const PayerProfileSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  description: z._default(z.string(), ""),
  version: z._default(z.number().check(z.int(), z.minimum(1)), 1),
  effective: z.object({ from: IsoDateSchema, to: z._default(z.nullable(IsoDateSchema), null) }),
  citations: z._default(z.array(CitationRefSchema), []),
  /** Sessions (any trigger point code) allowed in a rolling window. */
  frequency: z._default(
    z.nullable(
      z.object({
        maxSessions: z.number().check(z.int(), z.minimum(1)),
        windowMonths: z.number().check(z.int(), z.minimum(1), z.maximum(36)),
      }),
    ),
    null,
  ),
  /** Minimum interval before the same muscle (and side) is injected again. */
  repeatSameMuscleMinWeeks: z._default(z.nullable(z.number().check(z.int(), z.minimum(0))), null),
  /** A repeat session needs this much relief (percent) from the previous one, documented. */
  repeatRequiresReliefPercent: z._default(
    z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
    null,
  ),
  /** Conservative care the policy wants tried first, in weeks. */
  conservativeCareMinWeeks: z._default(z.nullable(z.number().check(z.int(), z.minimum(0))), null),
  /** Each injected muscle needs this many trigger point findings documented (LCD initial criteria: 2). */
  minFindingsPerMuscle: z._default(
    z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(4))),
    null,
  ),
  /** Muscles in more than one anatomical region in one session are not covered. */
  oneRegionPerSession: z._default(z.boolean(), false),
  imagingGuidance: z._default(
    z.object({ ultrasound: CoverageSchema, fluoroscopy: CoverageSchema }),
    {
      ultrasound: "covered",
      fluoroscopy: "covered",
    },
  ),
  dryNeedling: z._default(CoverageSchema, "covered"),
  /** Other blocks (ESI, facet, sympathetic) in the same session as trigger point injections. */
  otherBlocksSameSession: z._default(CoverageSchema, "covered"),
  /** Agent classes paid as part of the procedure (no drug line). */
  bundledAgentClasses: z._default(z.array(AgentClassSchema), []),
  /** Agent classes the policy does not cover as injectate. */
  nonCoveredAgentClasses: z._default(z.array(AgentClassSchema), []),
  /** Diagnoses (code or code prefix) the policy does not cover for trigger point injection. */
  nonCoveredDiagnoses: z._default(
    z.array(
      z.object({
        prefix: z.string().check(z.minLength(1)),
        reason: z.string().check(z.minLength(1)),
      }),
    ),
    [],
  ),
  /**
   * HCPCS codes this payer does not pay although they are in the HCPCS file (e.g. Medicare and the
   * methylprednisolone acetate bands J1020/J1030/J1040 since J1010 per mg): the engine bills the agent's
   * other code instead.
   */
  notPayableCodes: z._default(z.array(z.string().check(z.regex(/^[A-V][0-9]{4}$/))), []),
  /** A repeat session needs the relief from the previous one to have lasted this many weeks. */
  repeatReliefMinWeeks: z._default(z.nullable(z.number().check(z.int(), z.minimum(0))), null),
  /** JW/JZ required on separately payable drugs from single-dose containers. */
  requireJwJz: z._default(z.boolean(), false),
  requireNdc: z._default(z.boolean(), false),
  /** Modifier for an expected denial when an ABN is on file (Medicare: GA); null when not applicable. */
  abnModifier: z._default(z.nullable(z.string().check(z.regex(/^[A-Z0-9]{2}$/))), null),
  /** Checklist item ids this payer requires on top of the universal ones. */
  requiredDocumentation: z._default(z.array(z.string()), []),
  /**
   * Checklist item ids that block signing under this payer, on top of those that block for every payer
   * (the documentation rules of severity "error").
   */
  blockingDocumentation: z._default(z.array(z.string()), []),
});
export type PayerProfile = z.infer<typeof PayerProfileSchema>;
export type PayerProfileInput = z.input<typeof PayerProfileSchema>;
