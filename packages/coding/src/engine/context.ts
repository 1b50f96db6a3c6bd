import type {
  Citation,
  ClaimLine,
  DiagnosisResult,
  ChecklistItem,
  Evidence,
  FindingResult,
  Hint,
  PayerProfile,
  Severity,
} from "@tpi/schemas";
import type { CodeSets, IcdCodeSet } from "../codesets/types.js";
import { inEffect, rule, SOURCES, type RuleId, type SourceKey } from "../rules/index.js";
import type { NoteFacts } from "./facts.js";

/** What the engine needs besides the note: the code sets and the payer profiles it may apply. */
export interface EngineContext {
  readonly codeSets: CodeSets;
  readonly payerProfiles: readonly PayerProfile[];
}

/** A claim line under construction: pointers are assigned once all lines exist. */
export type DraftLine = Omit<ClaimLine, "diagnosisPointers"> & {
  /** Which diagnoses the line points to: the procedure's, or the E/M's own. */
  readonly pointTo: "procedure" | "em";
};

export function citationsFor(refs: readonly { source: string; locator: string }[]): Citation[] {
  return refs.map(({ source, locator }) => {
    const s = SOURCES[source as SourceKey] as (typeof SOURCES)[SourceKey] | undefined;
    return { source, title: s?.title ?? source, locator, url: s?.url ?? null };
  });
}

// Rules never change at run time, so each rule's resolved citations are built once and shared
// (frozen) by every result: the engine runs on every keystroke and should allocate little.
const ruleCitationCache = new Map<RuleId, readonly Citation[]>();
function ruleCitations(ruleId: RuleId): Citation[] {
  let cached = ruleCitationCache.get(ruleId);
  if (!cached) {
    cached = Object.freeze(citationsFor(rule(ruleId).cite).map((c) => Object.freeze(c)));
    ruleCitationCache.set(ruleId, cached);
  }
  return cached as Citation[];
}
export { ruleCitations };

/** Collects the result as the phases run; every entry is tied to a rule id, its version and its citations. */
export class ResultBuilder {
  readonly lines: DraftLine[] = [];
  readonly findings: FindingResult[] = [];
  readonly hints: Hint[] = [];
  readonly diagnoses: DiagnosisResult[] = [];
  readonly checklist: ChecklistItem[] = [];

  constructor(
    readonly facts: NoteFacts,
    readonly payer: PayerProfile | undefined,
    readonly icd: IcdCodeSet | undefined,
    readonly ctx: EngineContext,
  ) {}

  /** Whether the rule is in force on the note's date of service: a rule out of force never fires. */
  inForce(ruleId: RuleId): boolean {
    return inEffect(rule(ruleId), this.facts.note.dateOfService);
  }

  /** A finding under a rule; nothing when the rule is not in force on the date of service. */
  finding(ruleId: RuleId, severity: Severity, message: string, path: string): void {
    const r = rule(ruleId);
    if (!inEffect(r, this.facts.note.dateOfService)) return;
    this.findings.push({
      ruleId,
      ruleVersion: r.version,
      severity,
      message,
      path,
      citations: ruleCitations(ruleId),
    });
  }

  hint(ruleId: RuleId, message: string): void {
    if (!this.inForce(ruleId)) return;
    this.hints.push({ ruleId, message });
  }

  /**
   * Adds a claim line coded under these rules, or withholds it (RULE-DATE-01, an error at `path`) when
   * one of them is not in force on the date of service: a later rule is never borrowed.
   */
  line(
    ruleIds: readonly RuleId[],
    line: Omit<DraftLine, "rules" | "citations" | "evidence" | "drug"> & {
      evidence: Evidence[];
      drug?: DraftLine["drug"];
    },
    path = "dateOfService",
  ): DraftLine | null {
    const rules = ruleIds.map((id) => rule(id));
    const dos = this.facts.note.dateOfService;
    const outOfForce = rules.find((r) => !inEffect(r, dos));
    if (outOfForce) {
      const { from, to } = outOfForce.effective;
      this.finding(
        "RULE-DATE-01",
        "error",
        `${line.code} is not coded for ${dos}: ${outOfForce.id}, the rule for it, is in force ${to ? `from ${from} to ${to}` : `from ${from}`}, and no rule covers that date. The line is withheld.`,
        path,
      );
      return null;
    }
    // Every line has the same shape, built field by field (not spread): the engine runs on every keystroke.
    const draft: DraftLine = {
      code: line.code,
      kind: line.kind,
      description: line.description,
      modifiers: line.modifiers,
      units: line.units,
      pointTo: line.pointTo,
      rationale: line.rationale,
      evidence: line.evidence,
      drug: line.drug ?? null,
      rules: rules.map((r) => ({ id: r.id, version: r.version })),
      citations:
        rules.length === 1
          ? ruleCitations(ruleIds[0]!)
          : ruleIds.flatMap((id) => ruleCitations(id)),
    };
    this.lines.push(draft);
    return draft;
  }
}
