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
      citations: citationsFor(rule.cite),
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
      citations: citationsFor(rules.flatMap((r) => r.cite)),
    };
    this.lines.push(draft);
    return draft;
  }
}
