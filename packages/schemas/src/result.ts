import { z } from "zod/mini";

export const CitationSchema = z.object({
  source: z.string(),
  title: z.string(),
  locator: z.string(),
  url: z.nullable(z.string()),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A fact the engine used, where it came from in the note, and its value. */
export const EvidenceSchema = z.object({
  fact: z.string(),
  path: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RuleRefSchema = z.object({ id: z.string(), version: z.number().check(z.int()) });
export type RuleRef = z.infer<typeof RuleRefSchema>;

export const ClaimLineSchema = z.object({
  code: z.string(),
  kind: z.enum(["cpt", "hcpcs"]),
  /** Our own plain-language description (never the AMA's CPT descriptor text). */
  description: z.string(),
  modifiers: z.array(z.string()),
  units: z.number().check(z.int(), z.minimum(1)),
  /** 1-based positions in the note's diagnosis list (claim pointers A-D), at most four. */
  diagnosisPointers: z
    .array(z.number().check(z.int(), z.minimum(1), z.maximum(12)))
    .check(z.maxLength(4)),
  rationale: z.string(),
  rules: z.array(RuleRefSchema),
  evidence: z.array(EvidenceSchema),
  citations: z.array(CitationSchema),
  /** Drug lines: the dose given and what the claim needs beside it. */
  drug: z.nullable(
    z.object({
      agentId: z.string(),
      dose: z.number(),
      doseUnit: z.string(),
      billingUnitAmount: z.number(),
      discardedUnits: z.number().check(z.int(), z.minimum(0)),
      /**
       * Where the payer requires the NDC: as the claim carries it (837P LIN/CTP, CMS-1500 item 24
       * shaded): qualifier N4, the 11-digit 5-4-2 form, the unit of measure and the quantity.
       */
      ndc: z.optional(
        z.nullable(
          z.object({
            qualifier: z.literal("N4"),
            code11: z.string().check(z.regex(/^\d{11}$/)),
            unit: z.enum(["ML", "UN", "GR", "F2"]),
            quantity: z.number().check(z.positive()),
          }),
        ),
      ),
    }),
  ),
});
export type ClaimLine = z.infer<typeof ClaimLineSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingResultSchema = z.object({
  ruleId: z.string(),
  ruleVersion: z.number().check(z.int()),
  severity: SeveritySchema,
  message: z.string(),
  /** The note field the finding is about, as a dotted path (procedure.muscles.2.muscleId); "" for the whole note. */
  path: z.string(),
  citations: z.array(CitationSchema),
});
export type FindingResult = z.infer<typeof FindingResultSchema>;

export const DiagnosisResultSchema = z.object({
  code: z.string(),
  title: z.string(),
  billable: z.boolean(),
  /** In the note (with its pointer) or suggested by the engine from the muscles and findings. */
  origin: z.enum(["note", "suggested"]),
  pointer: z.nullable(z.number().check(z.int())),
  /** For a header: the billable codes under it. */
  billableChildren: z.array(z.object({ code: z.string(), title: z.string() })),
  reason: z.string(),
});
export type DiagnosisResult = z.infer<typeof DiagnosisResultSchema>;

export const ChecklistItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  path: z.string(),
  done: z.boolean(),
  /** Who asks for it: "universal" documentation, or a payer profile id. */
  requiredBy: z.array(z.string()),
  /**
   * How the open item shows among the findings. Defaults keep results stored by engine 1.x (which had
   * neither field) readable: their items were never findings and never blocked signing.
   */
  severity: z._default(SeveritySchema, "warning"),
  /** Whether an open item blocks signing: for every payer (severity error) or under the note's payer profile. */
  blocksSigning: z._default(z.boolean(), false),
  citations: z.array(CitationSchema),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const HintSchema = z.object({ ruleId: z.string(), message: z.string() });
export type Hint = z.infer<typeof HintSchema>;

export const CodingResultSchema = z.object({
  engineVersion: z.string(),
  codeSets: z.object({
    icd10cm: z.nullable(z.string()),
    hcpcs: z.nullable(z.string()),
    ncciPtp: z.nullable(z.string()),
    mue: z.nullable(z.string()),
  }),
  payerProfile: z.nullable(
    z.object({ id: z.string(), name: z.string(), version: z.number().check(z.int()) }),
  ),
  claimLines: z.array(ClaimLineSchema),
  diagnoses: z.array(DiagnosisResultSchema),
  findings: z.array(FindingResultSchema),
  checklist: z.array(ChecklistItemSchema),
  hints: z.array(HintSchema),
});
export type CodingResult = z.infer<typeof CodingResultSchema>;
