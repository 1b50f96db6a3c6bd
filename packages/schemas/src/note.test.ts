import { describe, expect, test } from "vitest";
import { config, locales } from "zod/mini";
import { IcdCodeSchema, IsoDateSchema, NoteSchema, PayerProfileSchema } from "./index.js";

// zod/mini writes no messages of its own; the apps install English at start, and so do these tests.
config(locales.en());

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

describe("VitalsSchema (in the note)", () => {
  const withVitals = (vitals: Record<string, unknown>) =>
    NoteSchema.safeParse({ ...minimal, vitals });

  test("none taken is the default, and any subset parses", () => {
    expect(NoteSchema.parse(minimal).vitals).toEqual({
      systolicMmHg: null,
      diastolicMmHg: null,
      heartRatePerMin: null,
      respiratoryRatePerMin: null,
      temperatureF: null,
      spo2Percent: null,
      weightLb: null,
    });
    expect(withVitals({ heartRatePerMin: 64 }).data?.vitals.heartRatePerMin).toBe(64);
    expect(withVitals({ systolicMmHg: 128, diastolicMmHg: 82 }).success).toBe(true);
  });

  test.each([
    {
      name: "a pulse typed 720",
      vitals: { heartRatePerMin: 720 },
      path: "vitals.heartRatePerMin",
      message: "Too big: expected number to be <=250",
    },
    {
      name: "a half pulse",
      vitals: { heartRatePerMin: 72.5 },
      path: "vitals.heartRatePerMin",
      message: "Invalid input: expected int, received number",
    },
    {
      name: "a temperature in Celsius in the Fahrenheit box",
      vitals: { temperatureF: 37 },
      path: "vitals.temperatureF",
      message: "Too small: expected number to be >=86",
    },
    {
      name: "saturation over 100 %",
      vitals: { spo2Percent: 101 },
      path: "vitals.spo2Percent",
      message: "Too big: expected number to be <=100",
    },
    {
      name: "systolic without diastolic",
      vitals: { systolicMmHg: 128 },
      path: "vitals.diastolicMmHg",
      message: "Enter the diastolic pressure too",
    },
    {
      name: "diastolic without systolic",
      vitals: { diastolicMmHg: 82 },
      path: "vitals.systolicMmHg",
      message: "Enter the systolic pressure too",
    },
    {
      name: "the two pressures swapped",
      vitals: { systolicMmHg: 82, diastolicMmHg: 128 },
      path: "vitals.diastolicMmHg",
      message: "Diastolic must be lower than systolic",
    },
  ])("rejects $name at its field path", ({ vitals, path, message }) => {
    const r = withVitals(vitals);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      path,
      message,
    ]);
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

describe("VialSchema NDC shapes", () => {
  const withNdc = (ndc: string) =>
    NoteSchema.safeParse({
      dateOfService: "2026-11-20",
      payerProfileId: "medicare-no-lcd",
      procedure: { vials: [{ agentId: "triamcinolone-acetonide", type: "multi-dose", ndc }] },
    }).success;

  test.each(["0003-0293-05", "12345-678-90", "12345-6789-0", "00003029305", "12345-6789-01"])(
    "accepts the NDC %s (4-4-2, 5-3-2, 5-4-1, or 11 digits with or without hyphens)",
    (ndc) => expect(withNdc(ndc)).toBe(true),
  );

  test.each(["1234-123-1", "1234-1234-1", "0003029305", "000030293055", "0003-0293-5"])(
    "rejects %s, a shape no NDC has",
    (ndc) => expect(withNdc(ndc)).toBe(false),
  );
});

// Issue 10, kind 3: an invalid value gets a specific message at its field. The bounds that are rules
// of the data live here, so the form and the server refuse the same values; each at its limit, one
// under and one over.
describe("kind 3: an invalid value is refused with a message at its field (the data rules)", () => {
  const issuesAt = (input: unknown, path: string) => {
    const result = NoteSchema.safeParse(input);
    return result.success
      ? []
      : result.error.issues.filter((i) => i.path.join(".") === path).map((i) => i.message);
  };
  const row = (patch: object) => ({
    ...minimal,
    procedure: {
      muscles: [
        {
          rowId: "a",
          muscleId: "infraspinatus",
          side: "right",
          triggerPoints: 1,
          injectates: [
            { agentId: "lidocaine", concentration: { value: 1, unit: "percent" }, volumeMl: 1 },
          ],
          ...patch,
        },
      ],
    },
  });
  const volume = (volumeMl: number) =>
    row({
      injectates: [
        { agentId: "lidocaine", concentration: { value: 1, unit: "percent" }, volumeMl },
      ],
    });

  test.each([
    [
      "trigger points 1 (at the lower limit)",
      row({ triggerPoints: 1 }),
      "procedure.muscles.0.triggerPoints",
      null,
    ],
    [
      "trigger points 0 (one under)",
      row({ triggerPoints: 0 }),
      "procedure.muscles.0.triggerPoints",
      /1/,
    ],
    ["trigger points -1", row({ triggerPoints: -1 }), "procedure.muscles.0.triggerPoints", /1/],
    [
      "trigger points 1.5",
      row({ triggerPoints: 1.5 }),
      "procedure.muscles.0.triggerPoints",
      /int/i,
    ],
    [
      "trigger points 20 (at the upper limit)",
      row({ triggerPoints: 20 }),
      "procedure.muscles.0.triggerPoints",
      null,
    ],
    [
      "trigger points 21 (one over)",
      row({ triggerPoints: 21 }),
      "procedure.muscles.0.triggerPoints",
      /20/,
    ],
    ["trigger points 999", row({ triggerPoints: 999 }), "procedure.muscles.0.triggerPoints", /20/],
    ["volume 0", volume(0), "procedure.muscles.0.injectates.0.volumeMl", /0/],
    ["volume 0.01", volume(0.01), "procedure.muscles.0.injectates.0.volumeMl", null],
    ["volume 100 (at the limit)", volume(100), "procedure.muscles.0.injectates.0.volumeMl", null],
    ["volume 100.5 (over)", volume(100.5), "procedure.muscles.0.injectates.0.volumeMl", /100/],
  ])("%s", (_name, input, path, expected) => {
    const messages = issuesAt(input, path);
    if (expected === null) expect(messages).toEqual([]);
    else expect(messages.join(" ")).toMatch(expected);
  });

  const duration = (value: number) => ({
    ...minimal,
    history: { duration: { value, unit: "months" } },
  });
  test.each([
    [-4, "A duration cannot be negative"],
    [-1, "A duration cannot be negative"],
    [0, null],
    [1200, null],
    [1201, "At most 1200: use a larger unit"],
    [2.5, "A duration is a whole number"],
  ])("a duration of %s months: %s", (value, message) => {
    const messages = issuesAt(duration(value), "history.duration.value");
    expect(messages).toEqual(message === null ? [] : [message]);
  });

  const pain = (painScale: string | null, painScoreBefore: number) => ({
    ...minimal,
    history: { painScale, painScoreBefore },
  });
  test.each([
    ["NRS-11", 10, null],
    ["NRS-11", 11, "On the NRS-11 scale a score is 0 to 10"],
    ["NRS-11", 15, "On the NRS-11 scale a score is 0 to 10"],
    ["Wong-Baker", 10, null],
    ["Wong-Baker", 11, "On the Wong-Baker scale a score is 0 to 10"],
    ["VAS-100", 100, null],
    ["VAS-100", 15, null],
    ["VAS-100", 101, "A pain score is at most 100"],
    [null, 100, null],
    ["NRS-11", -2, "A pain score cannot be negative"],
  ])("pain score on %s: %s", (scale, score, message) => {
    const messages = issuesAt(pain(scale, score), "history.painScoreBefore");
    expect(messages).toEqual(message === null ? [] : [message]);
  });

  test("the pain score after, and a prior session's scores, are checked against their scales too", () => {
    expect(
      issuesAt(
        { ...minimal, history: { painScale: "NRS-11", painScoreAfter: 15 } },
        "history.painScoreAfter",
      ),
    ).toEqual(["On the NRS-11 scale a score is 0 to 10"]);
    const prior = {
      ...minimal,
      priorSessions: [{ date: "2026-09-01", painScale: "NRS-11", painScoreBefore: 12 }],
    };
    expect(issuesAt(prior, "priorSessions.0.painScoreBefore")).toEqual([
      "On the NRS-11 scale a score is 0 to 10",
    ]);
  });

  const npi = (value: string) => ({ ...minimal, renderingProvider: { name: "x", npi: value } });
  test.each([
    ["1234567893", null],
    ["1234567890", "Not a valid NPI: its check digit does not match"],
    ["1245319599", null],
    ["1245319598", "Not a valid NPI: its check digit does not match"],
    ["123456789", "An NPI is 10 digits"],
  ])("NPI %s (Luhn over 80840 and the digits)", (value, message) => {
    expect(issuesAt(npi(value), "renderingProvider.npi")).toEqual(
      message === null ? [] : [message],
    );
  });
});
