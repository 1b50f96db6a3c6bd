import { describe, expect, it } from "vitest";
import { DEFAULT_ASSISTANT_SECTIONS, NOTE_SECTION_IDS } from "@tpi/schemas";
import { sessionMe } from "../../testing/session-me";
import { mayDo, mayEditNote, readOnlyNoteReason, sectionLockReason } from "./permissions";

const me = sessionMe;

describe("controls a role may use", () => {
  it.each([
    { role: "physician", action: "sign", status: "ready-for-physician", may: true },
    { role: "physician", action: "sign", status: "signed", may: false },
    { role: "physician", action: "addendum", status: "signed", may: true },
    { role: "physician", action: "addendum", status: "draft", may: false },
    { role: "physician", action: "discard", status: "draft", may: true },
    { role: "physician", action: "discard", status: "coded", may: false },
    { role: "medical-assistant", action: "sign", status: "draft", may: false },
    { role: "medical-assistant", action: "hand-over", status: "draft", may: true },
    { role: "medical-assistant", action: "discard", status: "draft", may: false },
    { role: "coder", action: "mark-coded", status: "signed", may: true },
    { role: "coder", action: "mark-coded", status: "coded", may: false },
    { role: "coder", action: "query", status: "coded", may: true },
    { role: "coder", action: "edit", status: "draft", may: false },
    { role: "admin", action: "edit", status: "draft", may: false },
  ] as const)("$role $action on a $status note: $may", ({ role, action, status, may }) => {
    expect(mayDo(me(role), action, status)).toBe(may);
  });

  it.each([
    { role: "physician", may: true },
    { role: "medical-assistant", may: true },
    { role: "coder", may: false },
    { role: "admin", may: false },
  ] as const)("$role may edit a draft: $may", ({ role, may }) => {
    expect(mayEditNote(me(role), "draft")).toBe(may);
  });

  it("nobody edits a signed note", () => {
    expect(mayEditNote(me("physician"), "signed")).toBe(false);
  });
});

describe("sections the assistant leaves to the physician", () => {
  it.each(NOTE_SECTION_IDS.map((section) => ({ section })))("$section", ({ section }) => {
    const reason = sectionLockReason(me("medical-assistant"), section);
    expect(reason).toBe(
      DEFAULT_ASSISTANT_SECTIONS.includes(section) ? null : "Completed by the physician",
    );
    expect(sectionLockReason(me("physician"), section)).toBeNull();
  });

  it("a read-only note says why for the coder", () => {
    expect(readOnlyNoteReason("coder", "draft")).toMatch(
      /coders .* do not change clinical content/,
    );
    expect(readOnlyNoteReason("physician", "signed")).toMatch(/signed.*addenda/);
  });
});
