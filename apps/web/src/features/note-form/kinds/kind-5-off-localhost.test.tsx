import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { MuscleGrid } from "../muscle-grid/muscle-grid";
import { TendonInjectionsEditor } from "../sections/tendon-injections-editor";

// Issue 10, kind 5: served over plain http at a LAN address (not a secure context) the browser has
// no crypto.randomUUID, and adding a muscle threw "crypto.randomUUID is not a function". Every row id
// comes from the one helper (shared/row-id), which falls back to getRandomValues.

describe("kind 5: the app works off localhost, where crypto.randomUUID does not exist", () => {
  let original: PropertyDescriptor | undefined;
  beforeEach(() => {
    original = Object.getOwnPropertyDescriptor(crypto, "randomUUID");
    // As in an insecure context: the property is absent, not merely broken.
    Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true });
  });
  afterEach(() => {
    if (original) Object.defineProperty(crypto, "randomUUID", original);
    else Reflect.deleteProperty(crypto, "randomUUID");
  });

  it("adds muscle rows, each with its own id (both sides: two ids)", async () => {
    expect(typeof (crypto as { randomUUID?: unknown }).randomUUID).toBe("undefined");
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await user.click(screen.getByRole("radio", { name: "Both sides" }));
    const box = screen.getByRole("combobox", { name: "Add muscle" });
    await user.type(box, "QL{Enter}");
    const rows = values().procedure?.muscles ?? [];
    expect(rows.map((r) => r.side)).toEqual(["left", "right"]);
    const ids = rows.map((r) => r.rowId);
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });

  it("adds a tendon or ligament row with its own id", async () => {
    const { user, values } = renderWithNoteForm(<TendonInjectionsEditor />);
    await user.click(screen.getByRole("button", { name: "Add tendon or ligament injection" }));
    await user.click(screen.getByRole("button", { name: "Add tendon or ligament injection" }));
    const ids = (values().procedure?.tendonInjections ?? []).map((r) => r.rowId);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => id.length > 0)).toBe(true);
  });
});
