import { DOCUMENTATION_RULES, inEffect } from "../rules/index.js";
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
export const CHECKLIST_CHECKS: Readonly<Record<string, ChecklistCheck>> = {
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
    done: (f) =>
      f.injected.size + f.needled.size > 0 &&
      [...f.injected.values(), ...f.needled.values()].every(([r]) =>
        f.note.findings.some(
          (x) =>
            x.muscleId === r!.row.muscleId &&
            x.side === r!.row.side &&
            (x.tautBand || x.tenderNodule),
        ),
      ),
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
    done: (f) => f.rows.length > 0 && f.unknownMuscles.length === 0,
  },
  "DOC-AGENT": {
    label: "Agent, concentration and volume for each injected muscle",
    path: "procedure.muscles",
    done: (f) => f.injected.size > 0 && f.unknownAgents.length === 0 && f.doseErrors.length === 0,
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

/** Builds the checklist: universal items always, payer items when the payer profile asks for them. */
export function buildChecklist(b: ResultBuilder): void {
  const dos = b.facts.note.dateOfService;
  const payerItems = new Set(b.payer?.requiredDocumentation ?? []);
  for (const rule of DOCUMENTATION_RULES) {
    if (!inEffect(rule, dos)) continue;
    const requiredBy =
      rule.scope === "universal"
        ? ["universal"]
        : payerItems.has(rule.id) && b.payer
          ? [b.payer.id]
          : [];
    if (requiredBy.length === 0) continue;
    const check = CHECKLIST_CHECKS[rule.id];
    if (!check) continue;
    b.checklist.push({
      id: rule.id,
      label: check.label,
      path: check.path,
      done: check.done(b.facts),
      requiredBy,
      citations: ruleCitations(rule.id),
    });
  }
}
