import { describe, expect, test } from "vitest";
import {
  NOTE_SECTIONS,
  NOTE_SECTION_IDS,
  NoteRecordSchema,
  NoteSchema,
  RoleSchema,
  noteActionsFor,
  rolesFor,
  sectionOfKey,
} from "./index.js";

describe("note sections", () => {
  test("every top-level note key belongs to exactly one section", () => {
    const keys = Object.keys(NoteSchema.shape);
    const listed = NOTE_SECTION_IDS.flatMap((id) => [...NOTE_SECTIONS[id].keys] as string[]);
    expect([...listed].sort()).toEqual([...keys].sort());
    expect(new Set(listed).size).toBe(listed.length);
    for (const key of keys) expect(sectionOfKey(key), key).toBeDefined();
  });

  test("a key that is not in the note has no section", () => {
    expect(sectionOfKey("nope")).toBeUndefined();
  });
});

describe("who may do what", () => {
  test("only a physician signs, writes addenda or discards", () => {
    expect(rolesFor("sign")).toEqual(["physician"]);
    expect(rolesFor("addendum")).toEqual(["physician"]);
    expect(rolesFor("discard")).toEqual(["physician"]);
  });

  test("the coder and the admin never edit", () => {
    expect(rolesFor("edit")).toEqual(["medical-assistant", "physician"]);
  });

  test("a signed note offers no edit to anyone; a coded one no mark-coded", () => {
    for (const role of RoleSchema.options) {
      expect(noteActionsFor(role, "signed")).not.toContain("edit");
      expect(noteActionsFor(role, "coded")).not.toContain("mark-coded");
      expect(noteActionsFor(role, "discarded")).toEqual([]);
    }
    expect(noteActionsFor("coder", "signed")).toEqual(["query", "mark-coded"]);
    expect(noteActionsFor("physician", "ready-for-physician")).toEqual([
      "edit",
      "hand-over",
      "sign",
      "discard",
    ]);
  });
});

describe("note records stored before the note's life existed", () => {
  test("a record without the new fields still parses, with empty defaults", () => {
    const record = NoteRecordSchema.parse({
      id: "n1",
      patientId: "p1",
      status: "draft",
      version: 1,
      note: { dateOfService: "2026-11-20", payerProfileId: "medicare-lcd-2024" },
      createdAt: "2026-11-20T10:00:00.000Z",
      createdBy: "u1",
      updatedAt: "2026-11-20T10:00:00.000Z",
      updatedBy: "u1",
      signedAt: null,
      signedBy: null,
      signedResult: null,
    });
    expect(record).toMatchObject({
      signature: null,
      handOver: null,
      assignedPhysicianId: null,
      addenda: [],
      queries: [],
      carriedForward: null,
    });
  });
});
