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
import { ruleById, SOURCES, type SourceKey } from "../rules/index.js";
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
const ruleCitationCache = new Map<string, readonly Citation[]>();
function ruleCitations(ruleId: string): Citation[] {
  let cached = ruleCitationCache.get(ruleId);
  if (!cached) {
    cached = Object.freeze(citationsFor(ruleById(ruleId).cite).map((c) => Object.freeze(c)));
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

  finding(ruleId: string, severity: Severity, message: string, path: string): void {
    const rule = ruleById(ruleId);
    this.findings.push({
      ruleId,
      ruleVersion: rule.version,
      severity,
      message,
      path,
      citations: ruleCitations(rule.id),
    });
  }

  hint(ruleId: string, message: string): void {
    this.hints.push({ ruleId, message });
  }

  line(
    ruleIds: readonly string[],
    line: Omit<DraftLine, "rules" | "citations" | "evidence" | "drug"> & {
      evidence: Evidence[];
      drug?: DraftLine["drug"];
    },
  ): DraftLine {
    const rules = ruleIds.map((id) => ruleById(id));
    const draft: DraftLine = {
      ...line,
      drug: line.drug ?? null,
      rules: rules.map((r) => ({ id: r.id, version: r.version })),
      citations:
        rules.length === 1
          ? ruleCitations(rules[0]!.id)
          : rules.flatMap((r) => ruleCitations(r.id)),
    };
    this.lines.push(draft);
    return draft;
  }
}
