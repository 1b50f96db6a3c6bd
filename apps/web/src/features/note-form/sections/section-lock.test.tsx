import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { NO_ANNOTATIONS, NoteAnnotationsContext } from "../annotations/note-annotations";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { NoteFormSections } from "../note-form-sections";

const ASSISTANT_MAY = new Set([
  "encounter",
  "history",
  "vitals",
  "conservativeCare",
  "priorSessions",
]);

function renderAsAssistant() {
  return renderWithNoteForm(
    <NoteAnnotationsContext.Provider
      value={{
        ...NO_ANNOTATIONS,
        sectionLock: (s) => (ASSISTANT_MAY.has(s) ? null : "Completed by the physician"),
      }}
    >
      <NoteFormSections />
    </NoteAnnotationsContext.Provider>,
    { consent: { obtained: true } },
  );
}

/** The text a section is described by (aria-describedby), as a screen reader reads it. */
function description(element: HTMLElement): string {
  return (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

/** Disabled itself or inside a disabled fieldset (happy-dom's :disabled ignores the fieldset). */
function disabled(element: HTMLElement): boolean {
  return (
    (element as HTMLInputElement).disabled === true ||
    element.closest("fieldset[disabled]") !== null
  );
}

describe("a section the role may not change", () => {
  it("says why under its heading, as the section's description", () => {
    renderAsAssistant();
    const consent = screen.getByRole("region", { name: "Consent" });
    expect(description(consent)).toBe("Completed by the physician");
    expect(description(screen.getByRole("region", { name: "History" }))).not.toContain(
      "Completed by the physician",
    );
  });

  it("keeps its values on screen with every control disabled", () => {
    renderAsAssistant();
    const obtained = input("Informed consent obtained");
    expect(obtained.checked).toBe(true);
    expect(disabled(obtained)).toBe(true);
    expect(disabled(screen.getByRole("combobox", { name: "Add muscle" }))).toBe(true);
  });

  it("leaves the sections the role may fill usable", () => {
    renderAsAssistant();
    expect(disabled(input("Location of pain"))).toBe(false);
    expect(disabled(screen.getByRole("button", { name: "Add treatment tried" }))).toBe(false);
    expect(disabled(screen.getByRole("button", { name: "Add a session done elsewhere" }))).toBe(
      false,
    );
  });

  it("locks nothing without a lock (the physician)", () => {
    renderWithNoteForm(<NoteFormSections />);
    expect(screen.queryByText("Completed by the physician")).toBeNull();
    expect(disabled(input("Informed consent obtained"))).toBe(false);
  });
});
