import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import { fieldDomId } from "../../../shared/field-id";
import { renderWithCodePanel } from "../testing/render-with-code-panel";
import { MuscleGrid } from "../muscle-grid/muscle-grid";

// Issue 10, kind 4: two parts of the screen disagreed. The bupivacaine row said "J0665 x 25" while the
// code panel, correctly for that payer, had no drug line; three number formatters gave 1.67 mg in the
// form and 1.665 mg in the rationale and narrative; changing a row's agent kept the old strength
// (saline showed "0.25 %, 5 mg"). Rule: every code, unit or dose shown comes from the engine's result
// or the one shared formatter; a new agent brings its own unit and usual strength.

function oneRow(agentId: string, value: number, unit: string, volumeMl: number) {
  return {
    procedure: {
      muscles: [
        {
          rowId: "r1",
          muscleId: "upper-trapezius",
          side: "right" as const,
          triggerPoints: 2,
          injectates: [{ agentId, concentration: { value, unit: unit as "percent" }, volumeMl }],
        },
      ],
    },
  };
}

function doseOutput(): HTMLElement {
  const output = document.getElementById(fieldDomId("procedure.muscles.0.injectates.0.dose"));
  if (!output) throw new Error("no dose output");
  return output;
}

const panel = () => screen.getByTestId("code-panel");

describe("kind 4: the form and the code panel never disagree", () => {
  it("bupivacaine 0.25 % 10 mL under a payer that bundles local anesthetics: no J0665 in the row, as in the panel", async () => {
    renderWithCodePanel(<MuscleGrid />, oneRow("bupivacaine", 0.25, "percent", 10));
    await waitFor(() =>
      expect(doseOutput().textContent).toContain("No drug line on the claim for this payer"),
    );
    expect(doseOutput().textContent).toContain("25 mg");
    expect(doseOutput().textContent).not.toContain("J0665");
    await waitFor(() => expect(within(panel()).getByTestId("claim-line-20552")).toBeTruthy());
    expect(within(panel()).queryByTestId("claim-line-J0665")).toBeNull();
  });

  it("a drug the claim does bill shows the panel's own code and units beside the injectate", async () => {
    renderWithCodePanel(<MuscleGrid />, oneRow("triamcinolone-acetonide", 40, "mg/mL", 1));
    const line = await waitFor(() => within(panel()).getByTestId("claim-line-J3301"));
    expect(line.textContent).toMatch(/×\s*4|4\s*units?/);
    expect(doseOutput().textContent).toContain("On the claim: J3301 × 4");
  });

  it("a dose of 1.665 mg reads 1.665 mg in the row and in the panel's rationale (one formatter)", async () => {
    // 40 mg/mL x 0.041625 mL = 1.665 mg.
    renderWithCodePanel(<MuscleGrid />, oneRow("triamcinolone-acetonide", 40, "mg/mL", 0.041625));
    await waitFor(() => expect(doseOutput().textContent).toContain("1.665 mg"));
    expect(doseOutput().textContent).not.toContain("1.67 ");
    await waitFor(() => expect(panel().textContent).toContain("1.665 mg"));
    expect(panel().textContent).not.toMatch(/1\.67 mg/);
  });

  it("changing the agent resets the strength to the new agent's unit and usual strength", async () => {
    const { user, values } = renderWithCodePanel(
      <MuscleGrid />,
      oneRow("bupivacaine", 0.25, "percent", 2),
    );
    const agent = document.getElementById(
      fieldDomId("procedure.muscles.0.injectates.0.agentId"),
    ) as HTMLSelectElement;
    await user.selectOptions(agent, "normal-saline");
    expect(values().procedure?.muscles?.[0]?.injectates?.[0]?.concentration).toEqual({
      value: 0.9,
      unit: "percent",
    });
    expect(doseOutput().textContent).not.toContain("5 mg");
    await user.selectOptions(agent, "triamcinolone-acetonide");
    expect(values().procedure?.muscles?.[0]?.injectates?.[0]?.concentration).toEqual({
      value: 40,
      unit: "mg/mL",
    });
    const unit = document.getElementById(
      fieldDomId("procedure.muscles.0.injectates.0.concentration.unit"),
    ) as HTMLSelectElement;
    expect([...unit.options].map((o) => o.value)).toEqual(["mg/mL"]);
    expect(unit.value).toBe("mg/mL");
  });
});
