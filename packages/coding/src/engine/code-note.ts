import type { ClaimLine, CodingResult, Note } from "@tpi/schemas";
import { icdCodeSetFor } from "../codesets/icd10cm.js";
import { checkDiagnoses, pointersFor } from "./diagnoses.js";
import { applyClaimEdits } from "./claim-edits.js";
import { buildChecklist } from "./checklist.js";
import { ResultBuilder, type EngineContext } from "./context.js";
import { addDrugLines } from "./drug-lines.js";
import { addEmLine } from "./em-line.js";
import { deriveFacts } from "./facts.js";
import { addHints } from "./hints.js";
import { checkPayerPolicy } from "./payer-checks.js";
import {
  addGuidanceLine,
  addOwnProcedureLines,
  addProcedureLines,
  addTendonLines,
} from "./procedure-lines.js";
import { checkNoteIntegrity } from "./integrity.js";

/** Bumped when the engine's behaviour changes; stored with a signed note's result. */
export const ENGINE_VERSION = "2.1.0";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Codes a structured TPI note: claim lines with their reasons and sources, diagnoses, findings, the
 * documentation checklist and "would change if" hints. Pure, synchronous and deterministic: the same
 * note and context give the same result, in the browser on every change and on the server at signing.
 * Never throws on a schema-valid note.
 */
export function codeNote(note: Note, ctx: EngineContext): CodingResult {
  const facts = deriveFacts(note);
  const payer = ctx.payerProfiles.find((p) => p.id === note.payerProfileId);
  const icd = icdCodeSetFor(ctx.codeSets.icd10cm, note.dateOfService);
  const b = new ResultBuilder(facts, payer, icd, ctx);

  checkPayerProfile(b);
  checkNoteIntegrity(b);
  addProcedureLines(b);
  addOwnProcedureLines(b);
  addTendonLines(b);
  addGuidanceLine(b);
  addEmLine(b);
  addDrugLines(b);
  checkDiagnoses(b);
  applyClaimEdits(b);

  // Pointers: the E/M points to its own problem's diagnoses; the procedure keeps the first-listed
  // diagnosis (the reason for the procedure) and every other one not linked to the E/M.
  const emCodes = new Set((note.sameDayEm?.diagnosisCodes ?? []).map((c) => c.toUpperCase()));
  const procedureCodes = note.diagnoses.filter((c, i) => i === 0 || !emCodes.has(c.toUpperCase()));
  const procedurePointers = pointersFor(b.diagnoses, procedureCodes);
  const emPointers = pointersFor(b.diagnoses, emCodes.size > 0 ? [...emCodes] : null);
  const claimLines: ClaimLine[] = b.lines.map((l) => ({
    code: l.code,
    kind: l.kind,
    description: l.description,
    modifiers: l.modifiers,
    units: l.units,
    diagnosisPointers: l.pointTo === "em" ? emPointers : procedurePointers,
    rationale: l.rationale,
    rules: l.rules,
    evidence: l.evidence,
    citations: l.citations,
    drug: l.drug,
  }));
  for (const line of b.lines) {
    const em = line.pointTo === "em";
    if ((em ? emPointers : procedurePointers).length > 0) continue;
    b.finding(
      "DX-REQUIRED-01",
      "error",
      em
        ? `${line.code} has no billable diagnosis to point to: link the E/M to billable diagnoses from the note's list.`
        : `${line.code} has no billable diagnosis to point to: add the diagnosis that supports the injection.`,
      em && emCodes.size > 0 ? "sameDayEm.diagnosisCodes" : "diagnoses",
    );
  }
  checkPayerPolicy(b, b.lines.some((l) => l.pointTo === "procedure") ? procedurePointers : []);
  buildChecklist(b);
  addHints(b);

  // Errors, then warnings, then information, each in the order found (a stable sort).
  const findings = b.findings.sort(
    (x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity],
  );

  return {
    engineVersion: ENGINE_VERSION,
    codeSets: {
      icd10cm: icd?.id ?? null,
      hcpcs: ctx.codeSets.hcpcs.id,
      ncciPtp: ctx.codeSets.ptp.id,
      mue: ctx.codeSets.mue.id,
    },
    payerProfile: payer ? { id: payer.id, name: payer.name, version: payer.version } : null,
    claimLines,
    diagnoses: b.diagnoses,
    findings,
    checklist: b.checklist,
    hints: b.hints,
  };
}

function checkPayerProfile(b: ResultBuilder): void {
  const { note } = b.facts;
  if (!b.payer) {
    b.finding(
      "PAY-PROFILE-01",
      "error",
      `Unknown payer profile "${note.payerProfileId}": payer policy is not checked.`,
      "payerProfileId",
    );
    return;
  }
  const { from, to } = b.payer.effective;
  if (note.dateOfService < from || (to !== null && note.dateOfService > to)) {
    b.finding(
      "PAY-PROFILE-01",
      "warning",
      `${b.payer.name} is in force from ${from}${to ? ` to ${to}` : ""}; the date of service ${note.dateOfService} is outside it.`,
      "payerProfileId",
    );
  }
}
