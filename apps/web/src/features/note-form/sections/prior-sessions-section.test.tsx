import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { PriorSessionSchema, type RecordPriorSession } from "@tpi/schemas";
import { NO_ANNOTATIONS, NoteAnnotationsContext } from "../annotations/note-annotations";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { PriorSessionsSection } from "./prior-sessions-section";

const FROM_RECORD: RecordPriorSession[] = [
  {
    noteId: "note-aug",
    session: PriorSessionSchema.parse({
      date: "2026-08-20",
      muscles: [{ muscleId: "upper-trapezius", side: "right" }],
      painScale: "NRS-11",
      painScoreBefore: 7,
      reliefPercent: 60,
      reliefDurationWeeks: 6,
    }),
  },
];

function renderSection(reported: number) {
  return renderWithNoteForm(
    <NoteAnnotationsContext.Provider
      value={{ ...NO_ANNOTATIONS, recordPriorSessions: FROM_RECORD }}
    >
      <PriorSessionsSection />
    </NoteAnnotationsContext.Provider>,
    {
      priorSessions: Array.from({ length: reported }, () => ({ date: "2026-05-01" })),
    },
  );
}

describe("prior sessions", () => {
  it("those from the record are read-only, each with a link to its note", () => {
    renderSection(0);
    const link = screen.getByRole("link", { name: "Note of 2026-08-20" });
    expect(link.getAttribute("href")).toBe("/notes/note-aug");
    const item = link.closest("li")!;
    expect(item.textContent).toContain(
      "Right Upper trapezius · pain 7 (NRS-11) · 60% relief for 6 weeks",
    );
    expect(within(item).queryByRole("textbox")).toBeNull();
    expect(within(item).queryByRole("button")).toBeNull();
  });

  it("sessions done elsewhere stay addable by hand, each marked as reported", async () => {
    const { user } = renderSection(1);
    const reported = screen.getByRole("list", { name: "Prior sessions done elsewhere" });
    expect(within(reported).getAllByText("Reported")).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Add a session done elsewhere" }));
    expect(within(reported).getAllByText("Reported")).toHaveLength(2);
  });

  it("no earlier signed note is said plainly", () => {
    renderWithNoteForm(<PriorSessionsSection />);
    expect(screen.getByText("No earlier signed notes.")).toBeTruthy();
    expect(screen.getByText("None reported.")).toBeTruthy();
  });
});
