import fc from "fast-check";
import { CodingResultSchema } from "@tpi/schemas";
import { describe, expect, test } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { icdCodeSetFor } from "../src/codesets/icd10cm.js";
import { agentById } from "../src/catalogs/agents.table.js";
import { muscleById } from "../src/catalogs/muscle-search.js";
import { ctx } from "./engine-context.js";
import { noteArbitrary } from "./note.arbitrary.js";

const SESSION_CODES = ["20552", "20553", "20560", "20561"];
const runs = { numRuns: 300 };

describe("engine properties", () => {
  test("never throws on a schema-valid note, and the result matches the result schema", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        expect(CodingResultSchema.safeParse(codeNote(note, ctx)).success).toBe(true);
      }),
      runs,
    );
  });

  test("never more than one unit of a session code, each at most once, never 20552 with 20553", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        const lines = codeNote(note, ctx).claimLines.filter((l) => SESSION_CODES.includes(l.code));
        for (const l of lines) expect(l.units).toBe(1);
        expect(new Set(lines.map((l) => l.code)).size).toBe(lines.length);
        const codes = lines.map((l) => l.code);
        expect(codes.includes("20552") && codes.includes("20553")).toBe(false);
        expect(codes.includes("20560") && codes.includes("20561")).toBe(false);
      }),
      runs,
    );
  });

  test("the trigger point code follows the count of distinct (muscle, side) pairs injected", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        // A muscle given an agent whose injection is its own procedure (PRP: 0232T) is not counted.
        const rows = note.procedure.muscles.filter((r) => muscleById(r.muscleId));
        const key = (r: (typeof rows)[number]) =>
          `${muscleById(r.muscleId)!.partOf ?? r.muscleId}|${r.side}`;
        const own = new Set(
          rows
            .filter((r) => r.injectates.some((i) => agentById(i.agentId)?.procedureCode))
            .map(key),
        );
        const pairs = new Set(
          rows
            .filter((r) => r.injectates.length > 0)
            .map(key)
            .filter((k) => !own.has(k)),
        );
        const expected = pairs.size === 0 ? [] : pairs.size <= 2 ? ["20552"] : ["20553"];
        const got = codeNote(note, ctx)
          .claimLines.map((l) => l.code)
          .filter((c) => c === "20552" || c === "20553");
        expect(got).toEqual(expected);
      }),
      runs,
    );
  });

  test("no 50, RT, LT, 59 or XS on a trigger point code", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        for (const l of codeNote(note, ctx).claimLines.filter(
          (x) => x.code === "20552" || x.code === "20553",
        )) {
          expect(l.modifiers.filter((m) => ["50", "RT", "LT", "59", "XS"].includes(m))).toEqual([]);
        }
      }),
      runs,
    );
  });

  test("lines point only to billable codes of the code set for the date of service", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        const set = icdCodeSetFor(ctx.codeSets.icd10cm, note.dateOfService);
        for (const l of codeNote(note, ctx).claimLines) {
          expect(l.diagnosisPointers.length).toBeLessThanOrEqual(4);
          for (const p of l.diagnosisPointers) {
            const code = note.diagnoses[p - 1];
            expect(code).toBeDefined();
            expect(set?.get(code!)?.billable).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  test("same input, same output", () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        expect(codeNote(structuredClone(note), ctx)).toEqual(codeNote(note, ctx));
      }),
      { numRuns: 100 },
    );
  });
});
