import type { ResultBuilder, DraftLine } from "./context.js";
import { forbiddenModifiersFor } from "./procedure-bands.table.js";

/**
 * NCCI procedure-to-procedure edits and MUEs applied to the final lines (NCCI-PTP-01/02, MUE-01).
 * Lines are compared pairwise; a removed line is explained, never silently dropped.
 */
export function applyClaimEdits(b: ResultBuilder): void {
  const { ptp } = b.ctx.codeSets;
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
        // The edit table in force decides; before it, no line is removed.
        if (!b.inForce("NCCI-PTP-01")) continue;
        removed.add(col2);
        b.finding(
          "NCCI-PTP-01",
          "error",
          `${col1.code} and ${col2.code} are an NCCI pair that is never paid together (modifier indicator 0; ${edit.rationale}): ${col2.code} is removed.`,
          "procedure",
        );
        continue;
      }
      // Indicator 1 with an E/M in the pair (in either column): modifier 25 on the E/M is the documented
      // way to report both, never XS on the procedure.
      const em = x.pointTo === "em" ? x : y.pointTo === "em" ? y : null;
      if (em) {
        const other = em === x ? y : x;
        b.finding(
          "NCCI-PTP-02",
          "info",
          `${other.code} with ${em.code}: an NCCI pair with modifier indicator 1; modifier 25 on ${em.code} reports the separately identifiable E/M (${edit.rationale}).`,
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
      } else if (
        col2.pointTo === "procedure" &&
        !col2.modifiers.includes("XS") &&
        b.inForce("NCCI-PTP-02")
      ) {
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

  checkMues(b);
}

/**
 * MUE-01. Adjudication indicators 2 and 3 are date-of-service edits: every line of the code on the claim
 * (J3301 and J3301-JW) counts together. Indicator 1 is a line edit: each line on its own.
 */
function checkMues(b: ResultBuilder): void {
  const { mue } = b.ctx.codeSets;
  const perDate = new Map<string, { units: number; drug: boolean }>();
  for (const line of b.lines) {
    const limit = mue.get(line.code);
    if (!limit) continue;
    if (limit.mai === 1) {
      if (line.units > limit.value) mueFinding(b, line.code, line.units, limit, line.drug !== null);
      continue;
    }
    const sum = perDate.get(line.code) ?? { units: 0, drug: line.drug !== null };
    perDate.set(line.code, { units: sum.units + line.units, drug: sum.drug });
  }
  for (const [code, { units, drug }] of perDate) {
    const limit = mue.get(code)!;
    if (units > limit.value) mueFinding(b, code, units, limit, drug);
  }
}

function mueFinding(
  b: ResultBuilder,
  code: string,
  units: number,
  limit: { value: number; mai: 1 | 2 | 3 },
  drug: boolean,
): void {
  const why =
    limit.mai === 2
      ? "adjudication indicator 2 (policy): units above it are never payable for the date of service"
      : limit.mai === 3
        ? "adjudication indicator 3 (clinical): units above it need documentation of medical necessity on appeal"
        : "adjudication indicator 1: a line edit";
  const scope = limit.mai === 1 ? "on one line" : "on the date of service, all its lines together";
  b.finding(
    "MUE-01",
    limit.mai === 3 ? "warning" : "error",
    `${code} has ${units} units ${scope}; its practitioner MUE is ${limit.value} (${why}).`,
    drug ? "procedure.muscles" : "procedure",
  );
}
