import { describe, expect, it } from "vitest";
import { act, screen } from "@testing-library/react";
import { useFormContext } from "react-hook-form";
import { NoteSchema, type Note, type NoteInput } from "@tpi/schemas";
import { fieldDomId } from "../../shared/field-id";
import type { NoteFormValues } from "./form-types";
import { NoteFormSections } from "./note-form-sections";
import { renderWithNoteForm } from "./testing/render-with-note-form";
import { useLiveNote } from "./use-live-note";

function Probe({ initial }: { initial: Note }) {
  const form = useFormContext<NoteFormValues, unknown, Note>();
  const { note, pendingPath } = useLiveNote(form, initial);
  return (
    <output data-testid="probe">
      {JSON.stringify({
        location: note.history.location,
        npi: note.renderingProvider.npi,
        muscles: note.procedure.muscles.map((m) => `${m.side} ${m.muscleId}`),
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
    expect(probe()).toMatchObject({ location: "right neck", npi: null, pendingPath: null });

    const npi = document.getElementById(fieldDomId("renderingProvider.npi")) as HTMLInputElement;
    await view.user.type(npi, "12345");
    await view.user.type(location, " and shoulder");
    expect(probe()).toMatchObject({
      location: "right neck",
      npi: null,
      pendingPath: "renderingProvider.npi",
    });

    await view.user.type(npi, "67893");
    expect(probe()).toMatchObject({
      location: "right neck and shoulder",
      npi: "1234567893",
      pendingPath: null,
    });
  });

  it("follows rows removed and added in the muscle grid, and a reset of the whole form", async () => {
    const row = (muscleId: string, side: string) => ({
      rowId: `${side}-${muscleId}`,
      muscleId,
      side,
      triggerPoints: 1,
    });
    const input = {
      procedure: { muscles: [row("upper-trapezius", "right"), row("levator-scapulae", "right")] },
    };
    const initial = NoteSchema.parse({
      dateOfService: "2026-11-20",
      payerProfileId: "medicare-lcd-2024",
      ...input,
    });
    const view = renderWithNoteForm(
      <>
        <NoteFormSections />
        <Probe initial={initial} />
      </>,
      input as Partial<NoteInput>,
    );
    expect(probe().muscles).toEqual(["right upper-trapezius", "right levator-scapulae"]);

    await view.user.click(screen.getByRole("button", { name: /^Remove Right Levator/ }));
    expect(probe().muscles).toEqual(["right upper-trapezius"]);

    await view.user.click(screen.getByRole("radio", { name: "Left" }));
    await view.user.type(screen.getByRole("combobox", { name: "Add muscle" }), "lev scap{Enter}");
    expect(probe().muscles).toEqual(["right upper-trapezius", "left levator-scapulae"]);

    act(() => view.form().reset(initial));
    expect(probe().muscles).toEqual(["right upper-trapezius", "right levator-scapulae"]);
  });
});
