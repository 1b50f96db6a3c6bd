import { describe, expect, it } from "vitest";
import { CASE_2_SHOULDER_GIRDLE, CASE_STUDIES } from "@tpi/fixtures";
import { renderText, wrap } from "../src/index.js";
import { documentFor, SIGNATURE } from "./support.js";

describe("wrap", () => {
  it.each([
    { name: "at the limit stays on one line", text: "abcd efgh", width: 9, lines: ["abcd efgh"] },
    {
      name: "one over the limit breaks at the space",
      text: "abcd efghi",
      width: 9,
      lines: ["abcd", "efghi"],
    },
    {
      name: "one under the limit stays on one line",
      text: "abc efgh",
      width: 9,
      lines: ["abc efgh"],
    },
    {
      name: "a word longer than the width is cut",
      text: "0123456789ab",
      width: 5,
      lines: ["01234", "56789", "ab"],
    },
    {
      name: "runs of spaces and line breaks collapse",
      text: "a  b\n c",
      width: 0,
      lines: ["a b c"],
    },
  ])("$name", ({ text, width, lines }) => {
    expect(wrap(text, width)).toEqual(lines);
  });
});

describe("plain-text export", () => {
  it.each(
    CASE_STUDIES.flatMap((c) =>
      [78, 60, 40].map((width) => ({
        name: `${c.title} at ${width} columns`,
        note: c.note,
        width,
      })),
    ),
  )("$name: no line is longer than the width", ({ note, width }) => {
    const text = renderText(documentFor(note, { signature: SIGNATURE }), width);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
  });

  it("is plain: no markup, no tabs, no trailing spaces, one blank line between sections", () => {
    const text = renderText(documentFor(CASE_2_SHOULDER_GIRDLE.note, { signature: SIGNATURE }));
    expect(text).not.toMatch(/[<>*#\t]| +\n|\n\n\n/);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("width 0 keeps each paragraph and table row on one line, with the same words", () => {
    const doc = documentFor(CASE_2_SHOULDER_GIRDLE.note, { signature: SIGNATURE });
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    expect(words(renderText(doc, 0))).toEqual(words(renderText(doc, 78)));
    expect(renderText(doc, 0).split("\n").length).toBeLessThan(
      renderText(doc, 40).split("\n").length,
    );
  });

  it("case study 2 reads as the note: patient, each muscle with its agent and volume, 20553, signature", () => {
    const text = renderText(documentFor(CASE_2_SHOULDER_GIRDLE.note, { signature: SIGNATURE }), 0);
    expect(text).toContain("Patient: Example, Rowan");
    expect(text).toContain("Record number (MRN): DEMO-0002");
    expect(text).toContain("Rendering provider: Dr. Avery Demo, MD, NPI 1234567893");
    expect(text).toMatch(/^Infraspinatus\s+Right\s+2\s+Lidocaine\s+1 %\s+2 mL\s+20 mg$/m);
    expect(text).toMatch(/^20553\s+-\s+1\s+A/m);
    expect(text).toContain("Signed by: Dr. Avery Demo, MD");
    expect(text).toContain("Signed at: 2026-11-20 16:05 UTC");
  });
});
