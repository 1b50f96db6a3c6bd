import fc from "fast-check";
import { EmLevelSchema, NoteSchema, type Note } from "@tpi/schemas";
import { AGENTS } from "../src/catalogs/agents.table.js";
import { MUSCLES } from "../src/catalogs/muscles.table.js";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";

/**
 * Schema-valid notes, biased toward what matters for coding: catalog muscles (and a few unknown ids),
 * catalog agents with fitting and unfitting units, billable codes, headers and codes from the wrong year.
 */
const muscleId = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...MUSCLES.map((m) => m.id)) },
  { weight: 1, arbitrary: fc.constantFrom("shoulder", "low-back", "no-such-muscle") },
);
const side = fc.constantFrom("left" as const, "right" as const);
const injectate = fc.record({
  agentId: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...AGENTS.map((a) => a.id)) },
    { weight: 1, arbitrary: fc.constant("mystery-agent") },
  ),
  concentration: fc.record({
    value: fc.double({ min: 0.01, max: 200, noNaN: true }),
    unit: fc.constantFrom("percent" as const, "mg/mL" as const, "units/mL" as const),
  }),
  volumeMl: fc.double({ min: 0.1, max: 20, noNaN: true }),
});
const row = fc.record({
  rowId: fc.uuid(),
  muscleId,
  side,
  triggerPoints: fc.integer({ min: 1, max: 20 }),
  injectates: fc.array(injectate, { maxLength: 2 }),
});
const isoDate = fc
  .date({
    min: new Date("2024-01-01T00:00:00Z"),
    max: new Date("2028-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const dx = fc.constantFrom(
  "M79.18",
  "M79.12",
  "M79.1",
  "M54.5",
  "M54.50",
  "M54.2",
  "G44.209",
  "M79.7",
  "M72.2",
  "S23.420A",
  "S13.4XXA",
  "I10",
  "M17.0",
  "Z99.99",
  "A00.0",
);
const emLevel = fc.constantFrom(...EmLevelSchema.options);

export const noteArbitrary: fc.Arbitrary<Note> = fc
  .record({
    dateOfService: isoDate,
    payerProfileId: fc.constantFrom(...BUILT_IN_PAYER_PROFILES.map((p) => p.id), "unknown-payer"),
    findings: fc.array(
      fc.record({
        muscleId,
        side,
        tautBand: fc.boolean(),
        tenderNodule: fc.boolean(),
        referredPainReproduced: fc.boolean(),
        localTwitchResponse: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    procedure: fc.record({
      muscles: fc.array(row, { maxLength: 40 }),
      vials: fc.array(
        fc.record({
          agentId: fc.constantFrom(...AGENTS.map((a) => a.id)),
          type: fc.constantFrom("single-dose" as const, "multi-dose" as const),
          // null: the amount not recorded yet.
          discardedAmount: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        }),
        { maxLength: 3 },
      ),
      tendonInjections: fc.array(
        fc.record({
          rowId: fc.uuid(),
          kind: fc.constantFrom(
            "tendon-sheath" as const,
            "ligament" as const,
            "aponeurosis" as const,
            "tendon-origin-insertion" as const,
          ),
          structure: fc.constantFrom("plantar fascia", "common extensor origin"),
          side,
        }),
        { maxLength: 2 },
      ),
      guidance: fc.constantFrom(
        "palpation" as const,
        "ultrasound" as const,
        "fluoroscopy" as const,
      ),
      guidanceImagesRecorded: fc.boolean(),
      otherBlocksSameSession: fc.boolean(),
    }),
    diagnoses: fc.array(dx, { maxLength: 6 }),
    sameDayEm: fc.option(
      fc.record({
        level: emLevel,
        separateProblem: fc.oneof(
          fc.constant(""),
          fc.constant("Hypertension reviewed; medication adjusted."),
        ),
        diagnosisCodes: fc.array(dx, { maxLength: 2 }),
      }),
    ),
    priorSessions: fc.array(
      fc.record({
        date: isoDate,
        muscles: fc.array(fc.record({ muscleId, side }), { maxLength: 3 }),
        reliefPercent: fc.option(fc.integer({ min: 0, max: 100 })),
      }),
      { maxLength: 5 },
    ),
  })
  .map((raw) => NoteSchema.parse(raw));
