import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { NoteSchema } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import { renderWithCodePanel } from "../testing/render-with-code-panel";
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

// The dose is the engine's doseOf, written by the one formatter; the code beside it is the claim's own
// drug line for the note's payer, read from the code panel's result (issue 10, kind 4).
describe("injectate dose shown beside the injectate", () => {
  it.each([
    {
      name: "2 mL of 1 % lidocaine is 20 mg; the payer bundles local anesthetics, so no drug line",
      injectate: { agentId: "lidocaine", value: 1, unit: "percent" as const, volumeMl: 2 },
      expected: "Dose | 20 mg | No drug line on the claim for this payer",
    },
    {
      name: "1 mL of 40 mg/mL triamcinolone is 40 mg, J3301 x 4",
      injectate: {
        agentId: "triamcinolone-acetonide",
        value: 40,
        unit: "mg/mL" as const,
        volumeMl: 1,
      },
      expected: "Dose | 40 mg | On the claim: J3301 × 4",
    },
    {
      name: "0.5 mL of 40 mg/mL triamcinolone rounds up to J3301 x 2",
      injectate: {
        agentId: "triamcinolone-acetonide",
        value: 40,
        unit: "mg/mL" as const,
        volumeMl: 0.5,
      },
      expected: "Dose | 20 mg | On the claim: J3301 × 2",
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
      name: "procaine, a local anesthetic, is bundled by the payer too",
      injectate: { agentId: "procaine", value: 1, unit: "percent" as const, volumeMl: 2 },
      expected: "Dose | 20 mg | No drug line on the claim for this payer",
    },
  ])("$name", async ({ injectate, expected }) => {
    renderWithCodePanel(<MuscleGrid />, { procedure: rowWith(injectate) });
    await waitFor(() => expect(doseText()).toBe(expected));
  });

  it("updates as the volume is typed", async () => {
    const { user } = renderWithCodePanel(<MuscleGrid />, {
      procedure: rowWith({
        agentId: "triamcinolone-acetonide",
        value: 40,
        unit: "mg/mL",
        volumeMl: 1,
      }),
    });
    const volume = document.getElementById(
      fieldDomId("procedure.muscles.0.injectates.0.volumeMl"),
    ) as HTMLInputElement;
    await user.clear(volume);
    expect(doseText()).toContain("enter concentration and volume");
    await user.type(volume, "3");
    await waitFor(() => expect(doseText()).toBe("Dose | 120 mg | On the claim: J3301 × 12"));
    expect(screen.getByLabelText("Volume")).toBe(volume);
  });
});
