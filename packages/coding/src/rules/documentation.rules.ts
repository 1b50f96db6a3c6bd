import type { RuleDefinition } from "./rule.js";

const always = { from: "2004-01-01", to: null } as const;
const lcd2024 = { from: "2024-04-01", to: null } as const;
const seed6 = (locator: string) => ({ source: "SEED_ARTICLE_SECTION_6", locator }) as const;
const lcdDoc = (locator: string) => ({ source: "NORIDIAN_TPI_LCD_2024", locator }) as const;

/**
 * Documentation checklist items. Each is a rule (id, statement, source); the predicate that says
 * whether the note satisfies it lives in src/engine/checklist.ts under the same id, with its field path.
 * "universal" items apply to every note; the others apply when a payer profile lists them.
 */
export interface DocumentationRule extends RuleDefinition {
  readonly scope: "universal" | "payer";
  /**
   * How an open item shows among the findings. "error" items block signing for every payer (a signed
   * note never changes, so what cannot be added later must be there); a payer profile can make further
   * items block signing under it (PayerProfile.blockingDocumentation).
   */
  readonly severity: "error" | "warning";
}
type DocumentationRow = Pick<DocumentationRule, "id" | "scope" | "severity" | "statement" | "cite">;

const ROWS = [
  {
    id: "DOC-PROVIDER",
    scope: "universal",
    severity: "error",
    statement: "The rendering provider is named.",
    cite: [seed6("procedure note: provider and date")],
  },
  {
    id: "DOC-PAIN-CHARACTER",
    scope: "universal",
    severity: "warning",
    statement: "The pain is described (aching, sharp, burning...).",
    cite: [seed6("history: description of the pain")],
  },
  {
    id: "DOC-DURATION",
    scope: "universal",
    severity: "warning",
    statement: "The duration of symptoms is stated.",
    cite: [seed6("history: duration of symptoms")],
  },
  {
    id: "DOC-LOCATION",
    scope: "universal",
    severity: "warning",
    statement: "The location of the primary pain and any referred pain pattern are stated.",
    cite: [seed6("history: location and referred pain")],
  },
  {
    id: "DOC-FUNCTION",
    scope: "universal",
    severity: "warning",
    statement: "The effect on function is stated.",
    cite: [seed6("history: effect on function"), lcdDoc("functional limitation")],
  },
  {
    id: "DOC-PAIN-SCORES",
    scope: "universal",
    severity: "warning",
    statement: "Pain scores before and after the injection are recorded on one named scale.",
    cite: [
      lcdDoc("pre- and post-injection pain scores on the same scale"),
      { source: "LCD_L39661_CORRECTIONS", locator: "the SAME pain scale" },
    ],
  },
  {
    id: "DOC-FINDINGS",
    scope: "universal",
    severity: "warning",
    statement:
      "Each injected muscle has palpation findings (taut band or tender nodule; referred pain or twitch when present).",
    cite: [
      seed6("palpation findings: taut band, tender trigger point"),
      lcdDoc("trigger point with >= 2 findings"),
    ],
  },
  {
    id: "DOC-CONSERVATIVE",
    scope: "universal",
    severity: "warning",
    statement: "Conservative care tried is documented with its duration and response.",
    cite: [
      seed6("conservative measures tried"),
      { source: "BCBSA_2_01_103", locator: "failed conservative therapy" },
    ],
  },
  {
    id: "DOC-CONSENT",
    scope: "universal",
    severity: "error",
    statement:
      "Risks, benefits and alternatives were discussed and consent was obtained, and by whom.",
    cite: [seed6("treatment plan and consent")],
  },
  {
    id: "DOC-MUSCLES",
    scope: "universal",
    severity: "error",
    statement: 'Each muscle injected is named with its side ("shoulder" is not a muscle).',
    cite: [seed6("muscle(s) injected: be anatomically specific"), lcdDoc("muscles injected")],
  },
  {
    id: "DOC-AGENT",
    scope: "universal",
    severity: "error",
    statement:
      "The agent, its concentration and the volume injected are recorded for every injected muscle.",
    cite: [seed6("agent used and volume"), lcdDoc("injectate name and amount/units")],
  },
  {
    id: "DOC-TECHNIQUE",
    scope: "universal",
    severity: "warning",
    statement: "The technique is described: skin preparation, needle gauge and approach.",
    cite: [seed6("technique")],
  },
  {
    id: "DOC-TOLERANCE",
    scope: "universal",
    severity: "warning",
    statement: "The patient's tolerance and any complications are recorded.",
    cite: [seed6("patient tolerance")],
  },
  {
    id: "DOC-INSTRUCTIONS",
    scope: "universal",
    severity: "warning",
    statement: "Post-injection instructions given are recorded.",
    cite: [seed6("post-injection instructions")],
  },
  {
    id: "DOC-FUNCTIONAL-SCALE",
    scope: "payer",
    severity: "warning",
    statement: "An objective functional scale is named and scored.",
    cite: [lcdDoc("objective functional scale")],
  },
  {
    id: "DOC-ONGOING-PROGRAM",
    scope: "payer",
    severity: "warning",
    statement:
      "The injection is part of an ongoing conservative program (rehabilitation or home exercise).",
    cite: [
      lcdDoc("ongoing conservative program"),
      { source: "BCBSA_2_01_103", locator: "part of a comprehensive program" },
    ],
  },
  {
    id: "DOC-IMMEDIATE-RELIEF",
    scope: "payer",
    severity: "warning",
    statement: "The immediate relief is recorded (a post-injection score on the same scale).",
    cite: [lcdDoc("immediate % relief")],
  },
] as const satisfies readonly DocumentationRow[];

/** The id of a documentation checklist item. */
export type DocumentationRuleId = (typeof ROWS)[number]["id"];

export const DOCUMENTATION_RULES: readonly (DocumentationRule & {
  readonly id: DocumentationRuleId;
})[] = ROWS.map((r) => ({
  ...r,
  // v2: an open item is also a finding of its severity, and error items block signing.
  version: 2,
  family: "documentation" as const,
  effective: r.scope === "payer" ? lcd2024 : always,
}));
