import type { ResultBuilder } from "./context.js";
import { describeCode } from "./describe.js";

/** Below this many characters the "separate problem" is not a documented problem (e.g. "n/a", "same"). */
const MIN_SEPARATE_PROBLEM_CHARS = 15;

/** Same-day E/M: a line with modifier 25 only when a separately identifiable problem is documented. */
export function addEmLine(b: ResultBuilder): void {
  const em = b.facts.note.sameDayEm;
  if (!em) return;
  const hasProcedure = b.lines.some((l) => l.pointTo === "procedure");
  const problem = em.separateProblem.trim();
  if (problem.length < MIN_SEPARATE_PROBLEM_CHARS) {
    b.finding(
      "EM-25-02",
      "error",
      `${em.level} is not supported: no significant, separately identifiable problem is documented. The assessment and decision to inject are part of the procedure.`,
      "sameDayEm.separateProblem",
    );
    return;
  }
  b.line(["EM-25-01"], {
    code: em.level,
    kind: "cpt",
    description: describeCode(em.level, b.ctx.codeSets.hcpcs),
    modifiers: hasProcedure ? ["25"] : [],
    units: 1,
    pointTo: "em",
    rationale: hasProcedure
      ? `A separately identifiable problem is documented ("${problem.length > 80 ? `${problem.slice(0, 77)}...` : problem}"): ${em.level} with modifier 25 beside the procedure.`
      : `A visit with no procedure line: ${em.level} needs no modifier 25.`,
    evidence: [
      { fact: "emLevel", path: "sameDayEm.level", value: em.level },
      { fact: "separateProblem", path: "sameDayEm.separateProblem", value: problem },
    ],
  });
  if (em.diagnosisCodes.length === 0) {
    b.finding(
      "EM-25-01",
      "warning",
      `Link the E/M to the diagnoses of the separate problem it addresses, so ${em.level} does not point only to the injection's diagnosis.`,
      "sameDayEm.diagnosisCodes",
    );
  }
}
