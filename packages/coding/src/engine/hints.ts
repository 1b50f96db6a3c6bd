import type { ResultBuilder } from "./context.js";
import { PROCEDURE_BANDS } from "./procedure-bands.table.js";

/** "Would change if" hints: the smallest change to the note that would change a code, stated plainly. */
export function addHints(b: ResultBuilder): void {
  const n = b.facts.injected.size;
  for (const band of PROCEDURE_BANDS) {
    if (band.method !== "injection" || n === 0) continue;
    if (band.max !== null && n === band.max) {
      const next = PROCEDURE_BANDS.find((x) => x.method === "injection" && x.min === band.max! + 1);
      if (next) {
        b.hint(
          next.ruleId,
          `One more distinct muscle (or the other side of one already injected) makes this ${next.code} instead of ${band.code}.`,
        );
      }
    }
    if (n === band.min && band.min > 1) {
      const prev = PROCEDURE_BANDS.find((x) => x.method === "injection" && x.max === band.min - 1);
      if (prev) {
        b.hint(
          prev.ruleId,
          `With one muscle fewer this would be ${prev.code} instead of ${band.code}.`,
        );
      }
    }
  }
  const em = b.facts.note.sameDayEm;
  if (em && !b.lines.some((l) => l.code === em.level)) {
    b.hint(
      "EM-25-01",
      `Documenting a significant, separately identifiable problem (beyond the decision to inject) would support ${em.level} with modifier 25.`,
    );
  }
  if (b.facts.needled.size > 0 && n === 0) {
    b.hint(
      "CPT-DN-01",
      "Recording the injectate given (agent, concentration, volume) would make this a trigger point injection code instead of dry needling.",
    );
  }
}
