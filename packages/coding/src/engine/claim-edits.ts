import type { ResultBuilder, DraftLine } from "./context.js";
import { forbiddenModifiersFor } from "./procedure-bands.table.js";

/**
 * NCCI procedure-to-procedure edits and MUEs applied to the final lines (NCCI-PTP-01/02, MUE-01).
 * Lines are compared pairwise; a removed line is explained, never silently dropped.
 */
export function applyClaimEdits(b: ResultBuilder): void {
  const { ptp, mue } = b.ctx.codeSets;
  const removed = new Set<DraftLine>();
  const lines = b.lines;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const x = lines[i]!;
      const y = lines[j]!;
      if (removed.has(x) || removed.has(y) || x.code === y.code) continue;
      const edit = ptp.find(x.code, y.code);
      if (!edit) continue;
      const col2 = edit.column2 === x.code ? x : y;
      const col1 = col2 === x ? y : x;
      if (edit.modifierIndicator === 0) {
        removed.add(col2);
        b.finding(
          "NCCI-PTP-01",
          "error",
          `${col1.code} and ${col2.code} are an NCCI pair that is never paid together (modifier indicator 0; ${edit.rationale}): ${col2.code} is removed.`,
          "procedure",
        );
        continue;
      }
      // Indicator 1: an E/M with 25 is the documented way to report both; a separate structure takes XS.
      if (col2.kind === "cpt" && col2.modifiers.includes("25")) {
        b.finding(
          "NCCI-PTP-02",
          "info",
          `${col1.code} with ${col2.code}: an NCCI pair with modifier indicator 1; modifier 25 on ${col2.code} reports the separately identifiable E/M (${edit.rationale}).`,
          "sameDayEm.separateProblem",
        );
      } else if (forbiddenModifiersFor(col2.code).includes("XS")) {
        // Trigger point codes never take XS (CPT-TPI-04): say what the pair needs and leave it to a coder.
        b.finding(
          "NCCI-PTP-02",
          "warning",
          `${col1.code} with ${col2.code}: an NCCI pair with modifier indicator 1 (${edit.rationale}). They are paid together only for clearly separate structures documented in the note; review before billing both.`,
          "procedure.tendonInjections",
        );
      } else if (col2.pointTo === "procedure" && !col2.modifiers.includes("XS")) {
        col2.modifiers.push("XS");
        b.finding(
          "NCCI-PTP-02",
          "warning",
          `${col1.code} with ${col2.code}: an NCCI pair with modifier indicator 1 (${edit.rationale}). XS is appended to ${col2.code}; the note must show a separate structure for it.`,
          "procedure.tendonInjections",
        );
      }
    }
  }
  if (removed.size > 0) {
    for (let k = lines.length - 1; k >= 0; k--) if (removed.has(lines[k]!)) lines.splice(k, 1);
  }

  for (const line of lines) {
    const limit = mue.get(line.code);
    if (!limit || line.units <= limit.value) continue;
    const why =
      limit.mai === 2
        ? "adjudication indicator 2 (policy): units above it are never payable for the date of service"
        : limit.mai === 3
          ? "adjudication indicator 3 (clinical): units above it need documentation of medical necessity on appeal"
          : "adjudication indicator 1: a line edit";
    b.finding(
      "MUE-01",
      limit.mai === 3 ? "warning" : "error",
      `${line.code} has ${line.units} units; its practitioner MUE is ${limit.value} (${why}).`,
      line.drug ? "procedure.muscles" : "procedure",
    );
  }
}
