import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { useFormContext } from "react-hook-form";
import { NoteSchema, type Note } from "@tpi/schemas";
import { fieldDomId } from "../../shared/field-id";
import type { NoteFormValues } from "./form-types";
import { NoteFormSections } from "./note-form-sections";
import { renderWithNoteForm } from "./testing/render-with-note-form";
import { useLiveNote } from "./use-live-note";

function Probe({ initial }: { initial: Note }) {
  const { control } = useFormContext<NoteFormValues, unknown, Note>();
  const { note, pendingPath } = useLiveNote(control, initial);
  return (
    <output data-testid="probe">
      {JSON.stringify({
        location: note.history.location,
        npi: note.renderingProvider.npi,
        pendingPath,
      })}
    </output>
  );
}

const probe = () =>
  JSON.parse(screen.getByTestId("probe").textContent ?? "{}") as Record<string, unknown>;

describe("useLiveNote (what the code panel and narrative receive)", () => {
  it("follows every valid change and keeps the last valid note while a field is incomplete", async () => {
    const initial = NoteSchema.parse({
      dateOfService: "2026-11-20",
      payerProfileId: "medicare-lcd-2024",
    });
    const view = renderWithNoteForm(
      <>
        <NoteFormSections />
        <Probe initial={initial} />
      </>,
    );
    const location = document.getElementById(fieldDomId("history.location")) as HTMLInputElement;
    await view.user.type(location, "right neck");
    expect(probe()).toEqual({ location: "right neck", npi: null, pendingPath: null });

    const npi = document.getElementById(fieldDomId("renderingProvider.npi")) as HTMLInputElement;
    await view.user.type(npi, "12345");
    await view.user.type(location, " and shoulder");
    expect(probe()).toEqual({
      location: "right neck",
      npi: null,
      pendingPath: "renderingProvider.npi",
    });

    await view.user.type(npi, "67890");
    expect(probe()).toEqual({
      location: "right neck and shoulder",
      npi: "1234567890",
      pendingPath: null,
    });
  });
});
