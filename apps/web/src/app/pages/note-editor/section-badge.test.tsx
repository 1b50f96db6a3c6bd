import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import type { NoteProvenance } from "@tpi/schemas";
import {
  NO_ANNOTATIONS,
  NoteAnnotationsContext,
} from "../../../features/note-form/annotations/note-annotations";
import { HistorySection } from "../../../features/note-form/sections/history-section";
import { renderWithNoteForm } from "../../../features/note-form/testing/render-with-note-form";
import { badgeText } from "./section-badges";

const TODAY_1042 = new Date();
TODAY_1042.setHours(10, 42, 0, 0);
const MA = {
  userId: "u-ma",
  displayName: "Demo Medical Assistant",
  role: "medical-assistant" as const,
  at: TODAY_1042.toISOString(),
  version: 1,
};
const PHYSICIAN = {
  ...MA,
  userId: "u-doc",
  displayName: "Demo Physician",
  role: "physician" as const,
  version: 3,
};
const PROVENANCE: NoteProvenance = {
  sections: { history: MA, procedure: PHYSICIAN, dateOfService: MA, renderingProvider: PHYSICIAN },
};
// 24-hour "HH:MM" for today, as in the product brief.
const time = "10:42";

describe("section author badge", () => {
  it.each([
    {
      name: "someone else last wrote it",
      section: "history",
      me: "u-doc",
      want: `Pre-filled by Demo Medical Assistant (medical assistant), ${time}`,
    },
    { name: "I last wrote it", section: "procedure", me: "u-doc", want: null },
    { name: "nobody wrote it", section: "consent", me: "u-doc", want: null },
    {
      name: "the encounter: its newest key counts",
      section: "encounter",
      me: "u-ma",
      want: `Pre-filled by Demo Physician (physician), ${time}`,
    },
  ])("$name", ({ section, me, want }) => {
    expect(badgeText(PROVENANCE, section, me)).toBe(want);
  });

  it("shows the badge under the heading as text the section is described by", () => {
    renderWithNoteForm(
      <NoteAnnotationsContext.Provider
        value={{ ...NO_ANNOTATIONS, sectionBadge: (s) => badgeText(PROVENANCE, s, "u-doc") }}
      >
        <HistorySection />
      </NoteAnnotationsContext.Provider>,
    );
    const section = screen.getByRole("region", { name: "History" });
    const described = section.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(described)?.textContent).toBe(
      `Pre-filled by Demo Medical Assistant (medical assistant), ${time}`,
    );
  });
});
