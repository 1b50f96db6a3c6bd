import fc from "fast-check";
import { readCodeSetText } from "@tpi/codesets";
import { CASE_STUDIES } from "@tpi/fixtures";
import { NoteSchema, type Note } from "@tpi/schemas";
import { describe, expect, test } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { hcpcsCodesReadBy, icd10cmCodesReadBy } from "../src/engine/codes-read.js";
import { CODE_SET_FILES } from "../src/codesets/manifest.js";
import { parseIcd10cmTsv } from "../src/codesets/icd10cm.js";
import { parseExcludes1Tsv } from "../src/codesets/excludes1.js";
import { parseHcpcsTsv } from "../src/codesets/hcpcs.js";
import { parseMueTsv, parsePtpTsv } from "../src/codesets/ncci.js";
import { codeSetSlicer } from "../src/codesets/slice.js";
import type { CodeSets } from "../src/codesets/types.js";
import { ctx } from "./engine-context.js";
import { noteArbitrary } from "./note.arbitrary.js";

// The web app codes a note on slices of the code-set files (issue 10: the whole ICD-10-CM files froze
// a tablet for seconds). Kind of fault guarded here: a slice that lacks a row the engine reads, so
// the browser's codes differ from the server's at signing.

const slicer = codeSetSlicer(
  {
    icd10cm: CODE_SET_FILES.icd10cm.map((f) => readCodeSetText(f.file)),
    excludes1: readCodeSetText(CODE_SET_FILES.excludes1.file),
    hcpcs: readCodeSetText(CODE_SET_FILES.hcpcs.file),
    ptp: readCodeSetText(CODE_SET_FILES.ptp.file),
  },
  hcpcsCodesReadBy,
);
const mueText = readCodeSetText(CODE_SET_FILES.mue.file);

/** The code sets a browser holds for this note: every file sliced as the API slices it. */
function slicedCodeSets(note: Note): CodeSets {
  const slice = slicer.icd10cm(icd10cmCodesReadBy(note));
  return {
    icd10cm: CODE_SET_FILES.icd10cm.map((f, i) => parseIcd10cmTsv(slice.icd10cm[i]!, f)),
    hcpcs: parseHcpcsTsv(slicer.hcpcs, CODE_SET_FILES.hcpcs.id),
    ptp: parsePtpTsv(slicer.ptp, CODE_SET_FILES.ptp.id),
    mue: parseMueTsv(mueText, CODE_SET_FILES.mue.id),
    excludes1: parseExcludes1Tsv(slice.excludes1, CODE_SET_FILES.excludes1.id),
  };
}

function same(note: Note): void {
  expect(codeNote(note, { ...ctx, codeSets: slicedCodeSets(note) })).toEqual(codeNote(note, ctx));
}

describe("slice missing a row the engine reads", () => {
  test.each(CASE_STUDIES.map((c) => ({ name: c.title, note: NoteSchema.parse(c.note) })))(
    "$name codes the same on slices as on the whole files",
    ({ note }) => same(note),
  );

  test.each([
    { name: "a header code (children offered)", diagnoses: ["M79.1", "M54.5"] },
    { name: "a code valid in FY2026 only", diagnoses: ["M54.5"] },
    { name: "an Excludes1 pair in one category", diagnoses: ["M79.18", "M79.7"] },
    { name: "a code that does not exist", diagnoses: ["M79.99", "Z99.999"] },
    { name: "lower case and spaces", diagnoses: [" m79.18 ", "m54.2"] },
  ])("$name", ({ diagnoses }) => {
    const base = NoteSchema.parse(CASE_STUDIES[0]!.note);
    same({ ...base, diagnoses });
    same({ ...base, diagnoses, dateOfService: "2026-03-02" });
  });

  test("generated notes code the same on slices as on the whole files", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        same(note);
      }),
      { numRuns: 100 },
    );
  });

  test("the slices are small: what a browser parses instead of 26 MB", () => {
    const slice = slicer.icd10cm(icd10cmCodesReadBy(NoteSchema.parse(CASE_STUDIES[1]!.note)));
    for (const s of slice.icd10cm) expect(s.length).toBeLessThan(20_000);
    expect(slice.excludes1.length).toBeLessThan(20_000);
    expect(slicer.ptp.length).toBeLessThan(60_000);
    expect(slicer.hcpcs.length).toBeLessThan(20_000);
  });
});
