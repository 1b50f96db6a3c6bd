import { describe, expect, test } from "vitest";
import { NoteSchema } from "../index.js";
import storedNotes from "./notes-as-first-stored.json";

/**
 * Stored notes are read back through today's NoteSchema, so every schema change must keep the notes
 * already stored readable, with the same meaning. These are the four case-study notes and one with a
 * vial exactly as the first version (commit 6ead544) parsed and stored them: before vitals existed, and
 * when a blank discarded amount was stored as 0. A change that breaks them needs a migration first.
 */
const STORED: readonly unknown[] = storedNotes;

describe("notes stored by earlier versions", () => {
  test.each(STORED.map((note, i) => ({ i, note })))("stored note $i still parses", ({ note }) => {
    const parsed = NoteSchema.safeParse(note);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test.each(STORED.map((note, i) => ({ i, note })))(
    "stored note $i means the same: only the new, empty sections are added",
    ({ note }) => {
      const { vitals, ...rest } = NoteSchema.parse(note);
      expect(rest).toEqual(note);
      expect(Object.values(vitals).every((v) => v === null)).toBe(true);
    },
  );

  test("a discarded amount stored as 0 still says nothing was discarded", () => {
    const withVial = STORED.map((n) => NoteSchema.parse(n)).find(
      (n) => n.procedure.vials.length > 0,
    );
    expect(withVial?.procedure.vials[0]?.discardedAmount).toBe(0);
  });
});
