import { describe, expect, it } from "vitest";
import { muscleById } from "@tpi/coding";
import { CASE_2_SHOULDER_GIRDLE, CASE_STUDIES } from "@tpi/fixtures";
import { DRAFT_MARK, buildDocument, renderText } from "../src/index.js";
import { documentFor, inputFor, SIGNATURE } from "./support.js";

const signed = (note = CASE_2_SHOULDER_GIRDLE.note) =>
  documentFor(note, {
    signature: SIGNATURE,
    addenda: [
      {
        authorName: "Dr. Avery Demo",
        authorCredentials: "MD",
        createdAt: "2026-11-21T09:30:00.000Z",
        reason: "Late entry",
        text: "Patient called: relief 70 % the next morning.",
      },
    ],
  });

describe("the note document", () => {
  it("case study 2: header, muscles, diagnoses with titles, 20553 and the coding basis", () => {
    const doc = signed();
    expect(doc.header.patient).toEqual({
      name: "Example, Rowan",
      birthDate: "1968-04-12",
      mrn: "DEMO-0002",
      sex: "Female",
    });
    expect(doc.header.renderingProvider).toEqual({
      name: "Dr. Avery Demo",
      credentials: "MD",
      npi: "1234567893",
    });
    expect(doc.header.placeOfService).toEqual({ code: "11", name: "Office" });
    expect(doc.header.payerProfile).toMatchObject({ id: "commercial-bcbsa", version: 1 });
    expect(doc.muscles.map((m) => [m.muscle, m.side, m.triggerPoints, m.agent, m.volume])).toEqual(
      CASE_2_SHOULDER_GIRDLE.note.procedure!.muscles!.map((r) => [
        muscleById(r.muscleId)!.name,
        "Right",
        r.triggerPoints,
        "Lidocaine",
        `${r.injectates![0]!.volumeMl} mL`,
      ]),
    );
    expect(doc.claimLines.map((l) => l.code)).toContain("20553");
    expect(doc.diagnoses.every((d) => d.title.length > 3 && !/not found/.test(d.title))).toBe(true);
    expect(doc.diagnoses.map((d) => d.letter)).toEqual(
      CASE_2_SHOULDER_GIRDLE.note.diagnoses!.map((_, i) => "ABCDEFGHIJKL"[i]),
    );
    const basis = doc.codingBasis.entries.find((e) => e.line === "20553");
    expect(basis?.rules.some((r) => /^CPT-TPI-\d+ v\d+$/.test(r))).toBe(true);
    expect(basis?.sources.length).toBeGreaterThan(0);
    expect(doc.codingBasis.codeSets[0]).toMatchObject({ name: "ICD-10-CM" });
    expect(doc.draftMark).toBeNull();
    expect(doc.signature?.signedAt).toBe("2026-11-20 16:05 UTC");
  });

  it("an unsigned note carries the draft mark and says it is not signed", () => {
    const doc = documentFor(CASE_2_SHOULDER_GIRDLE.note);
    expect(doc.draftMark).toBe(DRAFT_MARK);
    const text = renderText(doc);
    expect(text.split("\n")[1]).toBe("DRAFT - not signed");
    expect(text).toContain("Not signed.");
  });

  it("the narrative leaves diagnoses to their own section with titles", () => {
    const doc = signed();
    expect(doc.narrative.map((s) => s.id)).not.toContain("diagnoses");
    const text = renderText(doc);
    for (const d of doc.diagnoses) expect(text).toContain(d.title.slice(0, 20));
  });

  it("a diagnosis the stored result has no title for is said so, not left blank", () => {
    const input = inputFor(CASE_2_SHOULDER_GIRDLE.note);
    const doc = buildDocument({ ...input, result: { ...input.result, diagnoses: [] } });
    expect(doc.diagnoses[0]?.title).toBe("Title not found in the code set for the date of service");
  });

  it.each(CASE_STUDIES.map((c) => ({ name: c.title, note: c.note })))(
    "$name: the same inputs give the same document (no clock, no locale)",
    ({ note }) => {
      expect(signed(note)).toEqual(signed(note));
      expect(renderText(signed(note))).toBe(renderText(signed(note)));
    },
  );
});
