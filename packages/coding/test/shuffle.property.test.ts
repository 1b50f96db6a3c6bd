import fc from "fast-check";
import type { CodingResult, Note } from "@tpi/schemas";
import { describe, expect, test } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { ctx } from "./engine-context.js";
import { noteArbitrary } from "./note.arbitrary.js";

/**
 * Done-when 3 of issue 11: every check is independent of the order of the note's lists. Rows, exam
 * findings, diagnoses after the first, vials, tendon injections, conservative care and prior sessions
 * (and their muscles) are shuffled; the claim lines and the findings stay the same.
 *
 * Compared as the claim sees them: a line by code, modifiers, units and the diagnoses it points to (by
 * code, since a pointer is a position); a finding by rule and severity (messages and paths name rows by
 * position). A line points to at most four diagnoses in the note's order, the clinician's ranking, so
 * notes with more than four diagnoses are left out: which four is the order's meaning, not a fault.
 */

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((x, i) => ({ x, k: keys[i % Math.max(1, keys.length)]! * 1000 + i }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);
}

function shuffleNote(note: Note, keys: readonly number[]): Note {
  const [primary, ...rest] = note.diagnoses;
  return {
    ...note,
    findings: shuffled(note.findings, keys),
    conservativeCare: shuffled(note.conservativeCare, [...keys].reverse()),
    diagnoses: primary === undefined ? [] : [primary, ...shuffled(rest, keys)],
    procedure: {
      ...note.procedure,
      muscles: shuffled(note.procedure.muscles, [...keys].reverse()),
      vials: shuffled(note.procedure.vials, keys),
      tendonInjections: shuffled(note.procedure.tendonInjections, keys),
    },
    priorSessions: shuffled(
      note.priorSessions.map((s) => ({ ...s, muscles: shuffled(s.muscles, keys) })),
      keys,
    ),
  };
}

const sorted = (xs: string[]) => [...xs].sort();

function view(note: Note, r: CodingResult) {
  return {
    lines: sorted(
      r.claimLines.map(
        (l) =>
          `${l.code}|${l.modifiers.join(",")}|${l.units}|${sorted(l.diagnosisPointers.map((p) => note.diagnoses[p - 1] ?? "?")).join(",")}`,
      ),
    ),
    findings: sorted(r.findings.map((f) => `${f.ruleId}|${f.severity}`)),
    checklist: sorted(r.checklist.map((c) => `${c.id}|${c.done}|${c.blocksSigning}`)),
    hints: sorted(r.hints.map((h) => h.ruleId)),
  };
}

describe("order independence", () => {
  test("shuffling every list of a note gives the same claim lines, findings, checklist and hints", () => {
    fc.assert(
      fc.property(
        noteArbitrary.filter((n) => n.diagnoses.length <= 4),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (note, keys) => {
          const again = shuffleNote(note, keys);
          expect(view(again, codeNote(again, ctx))).toEqual(view(note, codeNote(note, ctx)));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
