import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { fieldDomId } from "../../shared/field-id";
import { renderWithNoteForm } from "./testing/render-with-note-form";
import { NoteFormSections } from "./note-form-sections";

describe("section navigator: where am I, and what is incomplete", () => {
  it("links every section and marks one incomplete while a field in it is wrong or a row undecided", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />, {
      procedure: {
        muscles: [{ rowId: "r1", muscleId: "upper-trapezius", side: "right", triggerPoints: 1 }],
      },
    });
    const nav = screen.getByRole("navigation", { name: "Sections of the note" });
    const links = within(nav).getAllByRole("link");
    expect(links).toHaveLength(10);
    expect(within(nav).getByRole("link", { name: "Procedure performed incomplete" })).toBeTruthy();
    expect(within(nav).getByRole("link", { name: "Patient and encounter" })).toBeTruthy();

    const npi = document.getElementById(fieldDomId("renderingProvider.npi")) as HTMLInputElement;
    await user.type(npi, "1234567890");
    await waitFor(() =>
      expect(
        within(nav).getByRole("link", { name: "Patient and encounter incomplete" }),
      ).toBeTruthy(),
    );
    await user.click(within(nav).getByRole("link", { name: /^History/ }));
    expect(document.activeElement?.id).toBe(`${fieldDomId("history")}-heading`);
  });
});
