import { describe, expect, it } from "vitest";
import { NoteSchema } from "@tpi/schemas";
import { fieldDomId } from "../../shared/field-id";
import { focusField } from "./focus-field";
import { NoteFormSections } from "./note-form-sections";
import { renderWithNoteForm } from "./testing/render-with-note-form";

const procedure = NoteSchema.shape.procedure.parse({
  muscles: [
    {
      rowId: "row-a",
      muscleId: "upper-trapezius",
      side: "right",
      triggerPoints: 2,
      injectates: [
        { agentId: "lidocaine", concentration: { value: 1, unit: "percent" }, volumeMl: 2 },
      ],
    },
  ],
  vials: [{ agentId: "lidocaine", type: "single-dose", discardedAmount: 0, ndc: null }],
});

// Paths the engine reports (packages/coding/src/engine): each must land on a focusable element.
describe("jump to field (the code panel's onJumpToField)", () => {
  it.each([
    { path: "history.painCharacter", lands: fieldDomId("history.painCharacter") },
    { path: "history.duration", lands: fieldDomId("history.duration") },
    { path: "consent.obtained", lands: fieldDomId("consent.obtained") },
    { path: "renderingProvider.name", lands: fieldDomId("renderingProvider.name") },
    { path: "procedure.muscles", lands: fieldDomId("procedure.muscles") },
    { path: "procedure.muscles.0", lands: `${fieldDomId("procedure.muscles.0")}-heading` },
    {
      path: "procedure.muscles.0.injectates.0.agentId",
      lands: fieldDomId("procedure.muscles.0.injectates.0.agentId"),
    },
    {
      path: "procedure.muscles.0.injectates",
      lands: `${fieldDomId("procedure.muscles.0")}-heading`,
    },
    {
      path: "procedure.vials.0.discardedAmount",
      lands: fieldDomId("procedure.vials.0.discardedAmount"),
    },
    { path: "conservativeCare", lands: fieldDomId("conservativeCare") },
    { path: "findings", lands: fieldDomId("findings") },
    { path: "sameDayEm.level", lands: fieldDomId("sameDayEm") },
    { path: "diagnoses", lands: fieldDomId("diagnoses") },
  ])("$path", ({ path, lands }) => {
    renderWithNoteForm(<NoteFormSections />, { procedure });
    expect(focusField(path)).toBe(true);
    expect(document.activeElement?.id).toBe(lands);
  });

  it("reports false when nothing on the page matches", () => {
    renderWithNoteForm(<NoteFormSections />);
    expect(focusField("nothing.here")).toBe(false);
  });
});
