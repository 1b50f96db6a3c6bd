import { describe, expect, test } from "vitest";
import { IcdCodeSchema, IsoDateSchema, NoteSchema, PayerProfileSchema } from "./index.js";

const minimal = { dateOfService: "2026-11-20", payerProfileId: "medicare-lcd-2024" };

describe("NoteSchema", () => {
  test("a minimal note parses, with every section defaulted so the engine can say what is missing", () => {
    const note = NoteSchema.parse(minimal);
    expect(note.procedure.muscles).toEqual([]);
    expect(note.history.painScale).toBeNull();
    expect(note.consent.obtained).toBe(false);
    expect(note.placeOfService).toBe("11");
  });

  test.each([
    ["impossible date", { ...minimal, dateOfService: "2026-02-30" }, "dateOfService"],
    [
      "zero trigger points",
      {
        ...minimal,
        procedure: {
          muscles: [{ rowId: "a", muscleId: "infraspinatus", side: "right", triggerPoints: 0 }],
        },
      },
      "procedure.muscles.0.triggerPoints",
    ],
    [
      "unknown side",
      {
        ...minimal,
        procedure: {
          muscles: [{ rowId: "a", muscleId: "infraspinatus", side: "both", triggerPoints: 1 }],
        },
      },
      "procedure.muscles.0.side",
    ],
    [
      "negative volume",
      {
        ...minimal,
        procedure: {
          muscles: [
            {
              rowId: "a",
              muscleId: "infraspinatus",
              side: "right",
              triggerPoints: 1,
              injectates: [
                {
                  agentId: "lidocaine",
                  concentration: { value: 1, unit: "percent" },
                  volumeMl: -1,
                },
              ],
            },
          ],
        },
      },
      "procedure.muscles.0.injectates.0.volumeMl",
    ],
    ["malformed ICD-10-CM code", { ...minimal, diagnoses: ["M79-18"] }, "diagnoses.0"],
    [
      "NPI with 9 digits",
      { ...minimal, renderingProvider: { name: "x", npi: "123456789" } },
      "renderingProvider.npi",
    ],
  ])("rejects %s at its field path", (_name, input, path) => {
    const r = NoteSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("primitives", () => {
  test.each(["M79.18", "m79.18", " G44.209 ", "S13.4XXA", "M54.2"])(
    "%s is an ICD-10-CM code shape",
    (code) => {
      expect(IcdCodeSchema.safeParse(code).success).toBe(true);
    },
  );
  test("codes are normalised to upper case without spaces", () => {
    expect(IcdCodeSchema.parse(" m79.18 ")).toBe("M79.18");
  });
  test.each(["2026-13-01", "2025-02-29", "20261120", ""])("%s is not a date", (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(false);
  });
  test("2028-02-29 is a date (leap year)", () => {
    expect(IsoDateSchema.safeParse("2028-02-29").success).toBe(true);
  });
});

describe("PayerProfileSchema", () => {
  test("a clinic profile states only what its payer restricts; the rest defaults to no restriction", () => {
    const p = PayerProfileSchema.parse({
      id: "clinic-own",
      name: "Own",
      effective: { from: "2026-01-01" },
    });
    expect(p.frequency).toBeNull();
    expect(p.imagingGuidance).toEqual({ ultrasound: "covered", fluoroscopy: "covered" });
    expect(p.bundledAgentClasses).toEqual([]);
  });
});
