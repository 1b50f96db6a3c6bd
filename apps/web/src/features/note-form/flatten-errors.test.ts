import { describe, expect, it } from "vitest";
import type { FieldErrors } from "react-hook-form";
import { NoteSchema } from "@tpi/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { flattenErrors } from "./flatten-errors";
import { fieldLabel } from "./field-label";

async function errorsFor(input: unknown): Promise<FieldErrors> {
  const resolver = zodResolver(NoteSchema);
  const result = await resolver(input as never, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return result.errors;
}

describe("flattenErrors (the save summary's list)", () => {
  it("lists nested and array errors by note path with plain messages", async () => {
    const errors = await errorsFor({
      dateOfService: "2026-02-30",
      payerProfileId: "medicare-lcd-2024",
      renderingProvider: { name: "", npi: "123", credentials: "" },
      procedure: {
        muscles: [
          {
            rowId: "r1",
            muscleId: "upper-trapezius",
            side: "right",
            triggerPoints: 1,
            injectates: [
              {
                agentId: "lidocaine",
                concentration: { value: 1, unit: "percent" },
                volumeMl: undefined,
              },
            ],
          },
        ],
      },
    });
    expect(flattenErrors(errors)).toEqual([
      { path: "dateOfService", message: "Not a real calendar date" },
      { path: "renderingProvider.npi", message: "An NPI is 10 digits" },
      { path: "procedure.muscles.0.injectates.0.volumeMl", message: "Enter a number" },
    ]);
  });

  it("turns zod's English messages into plain instructions (the locale zod/mini lacks is installed)", async () => {
    const errors = await errorsFor({
      dateOfService: "2026-11-20",
      payerProfileId: "medicare-lcd-2024",
      history: { painScoreBefore: 101, duration: { value: 2.5, unit: "weeks" } },
      procedure: {
        muscles: [{ muscleId: "upper-trapezius", side: "both", triggerPoints: 0 }],
        skinPrep: "iodine",
      },
    });
    expect(flattenErrors(errors)).toEqual([
      { path: "history.duration.value", message: "A duration is a whole number" },
      { path: "history.painScoreBefore", message: "A pain score is at most 100" },
      { path: "procedure.muscles.0.rowId", message: "Required" },
      { path: "procedure.muscles.0.side", message: "Choose one of the options" },
      { path: "procedure.muscles.0.triggerPoints", message: "Must be at least 1" },
      { path: "procedure.skinPrep", message: "Choose one of the options" },
    ]);
  });

  it("returns nothing for a valid note", async () => {
    const errors = await errorsFor({
      dateOfService: "2026-11-20",
      payerProfileId: "medicare-lcd-2024",
    });
    expect(flattenErrors(errors)).toEqual([]);
  });
});

describe("fieldLabel", () => {
  it.each([
    { path: "dateOfService", label: "Date of service" },
    { path: "renderingProvider.npi", label: "Provider · NPI" },
    {
      path: "procedure.muscles.0.injectates.1.volumeMl",
      label: "Procedure · Muscle row 1 · injectate 2 · volume",
    },
    { path: "conservativeCare.2.detail", label: "Conservative care 3 · detail" },
  ])("$path", ({ path, label }) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
