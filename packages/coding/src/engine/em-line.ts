import type { ResultBuilder } from "./context.js";
import { windowStart } from "./dates.js";
import { describeCode } from "./describe.js";
import { EM_PATIENT_STATUS, NEW_PATIENT_LOOKBACK_MONTHS } from "./em.table.js";

/** Below this many characters the "separate problem" is not a documented problem (e.g. "n/a", "same"). */
export const MIN_SEPARATE_PROBLEM_CHARS = 15;

/**
 * Same-day E/M. Beside a procedure: a line with modifier 25 only when a separately identifiable problem
 * is documented. With no procedure line it is a plain visit, no 25 and nothing to separate it from.
 */
export function addEmLine(b: ResultBuilder): void {
  const em = b.facts.note.sameDayEm;
  if (!em) return;
  const hasProcedure = b.lines.some((l) => l.pointTo === "procedure");
  const problem = em.separateProblem.trim();
  if (hasProcedure && problem.length < MIN_SEPARATE_PROBLEM_CHARS) {
    b.finding(
      "EM-25-02",
      "error",
      `${em.level} is not supported: no significant, separately identifiable problem is documented. The assessment and decision to inject are part of the procedure.`,
      "sameDayEm.separateProblem",
    );
    return;
  }
  const quoted = problem.length > 80 ? `${problem.slice(0, 77)}...` : problem;
  b.line(
    ["EM-25-01"],
    {
      code: em.level,
      kind: "cpt",
      description: describeCode(em.level, b.ctx.codeSets.hcpcs),
      modifiers: hasProcedure ? ["25"] : [],
      units: 1,
      pointTo: "em",
      rationale: hasProcedure
        ? `A separately identifiable problem is documented ("${quoted}"): ${em.level} with modifier 25 beside the procedure.`
        : `A visit with no procedure line: ${em.level} needs no modifier 25.`,
      evidence: [
        { fact: "emLevel", path: "sameDayEm.level", value: em.level },
        { fact: "separateProblem", path: "sameDayEm.separateProblem", value: problem },
      ],
    },
    "sameDayEm.level",
  );
  if (hasProcedure && em.diagnosisCodes.length === 0) {
    b.finding(
      "EM-25-01",
      "warning",
      `Link the E/M to the diagnoses of the separate problem it addresses, so ${em.level} does not point only to the injection's diagnosis.`,
      "sameDayEm.diagnosisCodes",
    );
  }
  checkNewPatient(b, em.level);
}

/** A new-patient visit code when the note lists a session here within the look-back is an error (EM-NEW-01). */
function checkNewPatient(b: ResultBuilder, level: keyof typeof EM_PATIENT_STATUS): void {
  if (EM_PATIENT_STATUS[level] !== "new") return;
  const dos = b.facts.note.dateOfService;
  const from = windowStart(dos, NEW_PATIENT_LOOKBACK_MONTHS);
  const seen = b.facts.note.priorSessions
    .filter((s) => s.date >= from && s.date < dos)
    .map((s) => s.date)
    .sort();
  const last = seen.at(-1);
  if (!last) return;
  b.finding(
    "EM-NEW-01",
    "error",
    `${level} is a new-patient visit, but the note lists a session here on ${last}, within the three years before ${dos}: the patient is established; use 99212-99215.`,
    "sameDayEm.level",
  );
}
