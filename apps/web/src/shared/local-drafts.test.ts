import { beforeEach, describe, expect, it } from "vitest";
import { NoteSchema } from "@tpi/schemas";
import {
  dropDraft,
  forgetDraftsOnSignOut,
  keepDraft,
  keepOnlyDraftsOf,
  readDraft,
  type LocalDraft,
} from "./local-drafts";

const base = NoteSchema.parse({ dateOfService: "2026-11-29", payerProfileId: "medicare-lcd-2024" });

function draft(userId: string, noteId: string, location = "neck"): LocalDraft {
  return {
    userId,
    noteId,
    version: 2,
    base,
    values: { ...base, history: { ...base.history, location } },
    keptAt: "2026-11-29T10:42:00.000Z",
  };
}

describe("unsaved changes kept in the browser", () => {
  beforeEach(() => {
    localStorage.clear();
    keepOnlyDraftsOf("u1", localStorage);
  });

  it("are read back for the same user and note", () => {
    expect(keepDraft(localStorage, draft("u1", "n1"))).toBe(true);
    expect(readDraft(localStorage, "u1", "n1")).toEqual(draft("u1", "n1"));
  });

  it("are never offered to another user, nor for another note", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    expect(readDraft(localStorage, "u2", "n1")).toBeNull();
    expect(readDraft(localStorage, "u1", "n2")).toBeNull();
  });

  it("an entry that names another user than its key (tampered, or a bug) is not offered", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    const key = localStorage.key(0)!;
    localStorage.setItem(key, JSON.stringify(draft("u2", "n1")));
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
  });

  it("an unreadable entry (not JSON, wrong shape) is ignored, not thrown", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    const key = localStorage.key(0)!;
    localStorage.setItem(key, "{not json");
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
    localStorage.setItem(key, JSON.stringify({ userId: "u1", noteId: "n1", version: 0 }));
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
  });

  it("are dropped once acknowledged", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    dropDraft(localStorage, "u1", "n1");
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
  });

  it("sign-out drops every user's, and nothing is kept again until a sign-in", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    localStorage.setItem("unrelated", "stays");
    forgetDraftsOnSignOut(localStorage);
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
    expect(localStorage.getItem("unrelated")).toBe("stays");
    // A save finishing after the sign-out must not bring them back.
    expect(keepDraft(localStorage, draft("u1", "n1"))).toBe(false);
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
    keepOnlyDraftsOf("u1", localStorage);
    expect(keepDraft(localStorage, draft("u1", "n1"))).toBe(true);
  });

  it("a sign-in drops another user's, and keeps the user's own for restoring", () => {
    keepDraft(localStorage, draft("u1", "n1"));
    keepDraft(localStorage, draft("u2", "n1"));
    keepOnlyDraftsOf("u2", localStorage);
    expect(readDraft(localStorage, "u1", "n1")).toBeNull();
    expect(readDraft(localStorage, "u2", "n1")).not.toBeNull();
  });
});
