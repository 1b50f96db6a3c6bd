import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import { NoteSchema } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { MuscleGrid } from "./muscle-grid";

function rowWith(injectate: {
  agentId: string;
  value: number;
  unit: "percent" | "mg/mL" | "units/mL";
  volumeMl: number;
}) {
  return NoteSchema.shape.procedure.parse({
    muscles: [
      {
        rowId: "row-1",
        muscleId: "upper-trapezius",
        side: "right",
        triggerPoints: 1,
        injectates: [
          {
            agentId: injectate.agentId,
            concentration: { value: injectate.value, unit: injectate.unit },
            volumeMl: injectate.volumeMl,
          },
        ],
      },
    ],
  });
}

function doseText(): string {
  const output = document.getElementById(fieldDomId("procedure.muscles.0.injectates.0.dose"));
  if (!output) throw new Error("no dose output");
  return within(output)
    .getAllByText(/./)
    .map((e) => e.textContent)
    .join(" | ");
}

describe("injectate dose shown beside the injectate", () => {
  it.each([
    {
      name: "2 mL of 1 % lidocaine is 20 mg, J2003 (1 mg) x 20 from the 2026 HCPCS file",
      injectate: { agentId: "lidocaine", value: 1, unit: "percent" as const, volumeMl: 2 },
      expected: "Dose | 20 mg | J2003 × 20",
    },
    {
      name: "1 mL of 40 mg/mL triamcinolone is 40 mg, J3301 x 4",
      injectate: {
        agentId: "triamcinolone-acetonide",
        value: 40,
        unit: "mg/mL" as const,
        volumeMl: 1,
      },
      expected: "Dose | 40 mg | J3301 × 4",
    },
    {
      name: "0.5 mL of 40 mg/mL triamcinolone rounds up to J3301 x 2",
      injectate: {
        agentId: "triamcinolone-acetonide",
        value: 40,
        unit: "mg/mL" as const,
        volumeMl: 0.5,
      },
      expected: "Dose | 20 mg | J3301 × 2",
    },
    {
      name: "platelet-rich plasma is its own procedure, 0232T, with no drug line",
      injectate: {
        agentId: "platelet-rich-plasma",
        value: 1,
        unit: "units/mL" as const,
        volumeMl: 2,
      },
      expected: "Dose | 2 units | 0232T (its own procedure, no drug line)",
    },
    {
      name: "procaine has no HCPCS code of its own: an unclassified drug",
      injectate: { agentId: "procaine", value: 1, unit: "percent" as const, volumeMl: 2 },
      expected: "Dose | 20 mg | J3490 (unclassified drug)",
    },
  ])("$name", ({ injectate, expected }) => {
    renderWithNoteForm(<MuscleGrid />, { procedure: rowWith(injectate) });
    expect(doseText()).toBe(expected);
  });

  it("updates as the volume is typed", async () => {
    const { user } = renderWithNoteForm(<MuscleGrid />, {
      procedure: rowWith({ agentId: "lidocaine", value: 1, unit: "percent", volumeMl: 2 }),
    });
    const volume = document.getElementById(
      fieldDomId("procedure.muscles.0.injectates.0.volumeMl"),
    ) as HTMLInputElement;
    await user.clear(volume);
    expect(doseText()).toContain("enter concentration and volume");
    await user.type(volume, "3");
    expect(doseText()).toBe("Dose | 30 mg | J2003 × 30");
    expect(screen.getByLabelText("Volume")).toBe(volume);
  });
});
