import { DOCUMENTATION_RULES, type DocumentationRuleId } from "../rules/index.js";
import { ruleCitations, type ResultBuilder } from "./context.js";
import type { NoteFacts } from "./facts.js";

interface ChecklistCheck {
  readonly label: string;
  /** The field to jump to when the item is missing. */
  readonly path: string;
  readonly done: (f: NoteFacts) => boolean;
}

const filled = (s: string) => s.trim().length > 0;

/** What each documentation rule (rules/documentation.rules.ts) checks, under the same id. */
export const CHECKLIST_CHECKS: Readonly<Record<DocumentationRuleId, ChecklistCheck>> = {
  "DOC-PROVIDER": {
    label: "Rendering provider named",
    path: "renderingProvider.name",
    done: (f) => filled(f.note.renderingProvider.name),
  },
  "DOC-PAIN-CHARACTER": {
    label: "Pain described",
    path: "history.painCharacter",
    done: (f) => f.note.history.painCharacter.length > 0,
  },
  "DOC-DURATION": {
    label: "Duration of symptoms",
    path: "history.duration",
    done: (f) => f.note.history.duration !== null,
  },
  "DOC-LOCATION": {
    label: "Pain location and referral pattern",
    path: "history.location",
    done: (f) => filled(f.note.history.location) && filled(f.note.history.referredPain),
  },
  "DOC-FUNCTION": {
    label: "Effect on function",
    path: "history.functionalEffect",
    done: (f) => filled(f.note.history.functionalEffect),
  },
  "DOC-PAIN-SCORES": {
    label: "Pain scores before and after, one scale",
    path: "history.painScale",
    done: (f) =>
      f.note.history.painScale !== null &&
      f.note.history.painScoreBefore !== null &&
      f.note.history.painScoreAfter !== null,
  },
  "DOC-FINDINGS": {
    label: "Palpation findings for each injected muscle",
    path: "findings",
    // Every exam entry of a muscle and side counts (parts of one muscle share it), in any order.
    done: (f) =>
      f.injected.size + f.needled.size + f.ownProcedures.size > 0 &&
      [
        ...f.injected.keys(),
        ...f.needled.keys(),
        ...[...f.ownProcedures.values()].flatMap((m) => [...m.keys()]),
      ].every((key) => {
        const flags = f.findings.get(key)?.flags;
        return flags !== undefined && (flags.has("tautBand") || flags.has("tenderNodule"));
      }),
  },
  "DOC-CONSERVATIVE": {
    label: "Conservative care tried, with duration and response",
    path: "conservativeCare",
    done: (f) => f.note.conservativeCare.some((c) => c.duration !== null && c.response !== null),
  },
  "DOC-CONSENT": {
    label: "Risks, benefits, alternatives discussed; consent obtained and by whom",
    path: "consent.obtained",
    done: (f) =>
      f.note.consent.risksBenefitsAlternativesDiscussed &&
      f.note.consent.obtained &&
      filled(f.note.consent.obtainedBy),
  },
  "DOC-MUSCLES": {
    label: "Each muscle named with its side",
    path: "procedure.muscles",
    done: (f) =>
      (f.rows.length > 0 || f.note.procedure.tendonInjections.length > 0) &&
      f.unknownMuscles.length === 0 &&
      f.sideErrors.length === 0,
  },
  "DOC-AGENT": {
    label: "Agent, concentration and volume for each injected muscle",
    path: "procedure.muscles",
    // Vacuous for dry needling (no injectate is the point); wrong or unknown agents leave it open.
    done: (f) => f.unknownAgents.length === 0 && f.doseErrors.length === 0,
  },
  "DOC-TECHNIQUE": {
    label: "Technique: skin prep, needle gauge, approach",
    path: "procedure.skinPrep",
    done: (f) =>
      f.note.procedure.skinPrep !== null &&
      f.note.procedure.needleGauge !== null &&
      f.note.procedure.technique !== null,
  },
  "DOC-TOLERANCE": {
    label: "Tolerance and complications",
    path: "procedure.tolerance",
    done: (f) => f.note.procedure.tolerance !== null && f.note.procedure.complications !== null,
  },
  "DOC-INSTRUCTIONS": {
    label: "Post-injection instructions",
    path: "procedure.postInstructions",
    done: (f) => f.note.procedure.postInstructions.length > 0,
  },
  "DOC-FUNCTIONAL-SCALE": {
    label: "Objective functional scale",
    path: "history.functionalScale",
    done: (f) => filled(f.note.history.functionalScale),
  },
  "DOC-ONGOING-PROGRAM": {
    label: "Part of an ongoing conservative program",
    path: "conservativeCare",
    done: (f) => f.note.conservativeCare.some((c) => c.ongoing),
  },
  "DOC-IMMEDIATE-RELIEF": {
    label: "Immediate relief recorded",
    path: "history.painScoreAfter",
    done: (f) => f.note.history.painScoreAfter !== null,
  },
};

/**
 * Builds the checklist: universal items always, payer items when the payer profile asks for them. Each
 * item says whether it blocks signing (an "error" rule blocks for every payer; a profile can make others
 * block under it), and an open item is also a finding of its severity, at the field to fill in.
 */
export function buildChecklist(b: ResultBuilder): void {
  const payerItems = new Set(b.payer?.requiredDocumentation ?? []);
  const payerBlocking = new Set(b.payer?.blockingDocumentation ?? []);
  const alreadySaid = new Set(b.findings.map((f) => f.ruleId));
  for (const rule of DOCUMENTATION_RULES) {
    if (!b.inForce(rule.id)) continue;
    const requiredBy =
      rule.scope === "universal"
        ? ["universal"]
        : payerItems.has(rule.id) && b.payer
          ? [b.payer.id]
          : [];
    if (requiredBy.length === 0) continue;
    const check = CHECKLIST_CHECKS[rule.id];
    const blocksSigning = rule.severity === "error" || payerBlocking.has(rule.id);
    const severity = blocksSigning ? "error" : rule.severity;
    const done = check.done(b.facts);
    b.checklist.push({
      id: rule.id,
      label: check.label,
      path: check.path,
      done,
      requiredBy,
      severity,
      blocksSigning,
      citations: ruleCitations(rule.id),
    });
    // An integrity finding under the same rule already says what is wrong, at the field.
    if (!done && !alreadySaid.has(rule.id)) {
      b.finding(
        rule.id,
        severity,
        `${check.label}: not documented yet${blocksSigning ? "; the note cannot be signed without it" : ""}.`,
        check.path,
      );
    }
  }
}
