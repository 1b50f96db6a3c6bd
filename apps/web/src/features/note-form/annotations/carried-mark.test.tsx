import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { fieldDomId } from "../../../shared/field-id";
import { HistorySection } from "../sections/history-section";
import { PriorSessionsSection } from "../sections/prior-sessions-section";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { NO_ANNOTATIONS, NoteAnnotationsContext } from "./note-annotations";
import { useCarriedPaths } from "./use-carried-paths";

const TEXT = "Carried over from 2026-11-12 — check";

function Carried({ paths, children }: { paths: string[]; children: ReactNode }) {
  const { carriedPaths, dismissCarried } = useCarriedPaths(paths);
  return (
    <NoteAnnotationsContext.Provider
      value={{ ...NO_ANNOTATIONS, carriedPaths, dismissCarried, carriedText: TEXT }}
    >
      {children}
    </NoteAnnotationsContext.Provider>
  );
}

const LAST_NOTE = {
  history: { location: "right upper back", referredPain: "to the neck" },
  priorSessions: [{ date: "2026-11-12" }],
};

function describedText(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" | ");
}

describe("carried-over marks", () => {
  it("marks each carried field with visible text the control is described by", () => {
    renderWithNoteForm(
      <Carried paths={["history.location", "history.referredPain"]}>
        <HistorySection />
      </Carried>,
      LAST_NOTE,
    );
    for (const label of ["Location of pain", "Referred pain pattern"]) {
      expect(describedText(screen.getByLabelText(label)), label).toContain(TEXT);
    }
    expect(screen.getAllByText(TEXT)).toHaveLength(2);
    // Not carried: no mark.
    expect(describedText(screen.getByLabelText("Effect on function"))).not.toContain(TEXT);
  });

  it("drops the mark of a field once it is edited, and only that one, even after a save", async () => {
    const { user, form } = renderWithNoteForm(
      <Carried paths={["history.location", "history.referredPain"]}>
        <HistorySection />
      </Carried>,
      LAST_NOTE,
    );
    const location = screen.getByLabelText("Location of pain");
    await user.type(location, " and shoulder");
    expect(describedText(location)).not.toContain(TEXT);
    expect(describedText(screen.getByLabelText("Referred pain pattern"))).toContain(TEXT);
    expect(screen.getAllByText(TEXT)).toHaveLength(1);
    // A save resets dirtiness; the checked field stays unmarked.
    form().reset(form().getValues(), { keepValues: true });
    expect(await screen.findAllByText(TEXT)).toHaveLength(1);
    expect(describedText(screen.getByLabelText("Location of pain"))).not.toContain(TEXT);
  });

  it("marks a carried list at its section, which is described by it", async () => {
    const { user } = renderWithNoteForm(
      <Carried paths={["priorSessions"]}>
        <PriorSessionsSection />
      </Carried>,
      LAST_NOTE,
    );
    const section = screen.getByRole("region", { name: "Prior trigger point sessions" });
    expect(within(section).getByText(TEXT)).toBeInstanceOf(HTMLElement);
    expect(describedText(section)).toContain(TEXT);
    expect(document.getElementById(`${fieldDomId("priorSessions")}-carried`)).not.toBeNull();
    await user.type(within(section).getByLabelText("Relief"), "50");
    expect(within(section).queryByText(TEXT)).toBeNull();
  });

  it("shows nothing without annotations (the form on its own)", () => {
    renderWithNoteForm(<HistorySection />, LAST_NOTE);
    expect(screen.queryByText(/Carried over/)).toBeNull();
  });
});
