import { describe, expect, it } from "vitest";
import { muscleById } from "@tpi/coding";
import { CASE_STUDIES, CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { NoteSchema, type Note } from "@tpi/schemas";
import { applyFavourite } from "./apply-favourite";
import { copyForward } from "./copy-forward";
import { FAVOURITES, type Favourite } from "./favourites.table";

const counter = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const fav = (id: string): Favourite => {
  const f = FAVOURITES.find((x) => x.id === id);
  if (!f) throw new Error(`no favourite ${id}`);
  return f;
};
const empty = NoteSchema.parse({
  dateOfService: "2026-11-20",
  payerProfileId: "medicare-lcd-2024",
});
const withRows = (rows: { muscleId: string; side: "left" | "right"; rowId: string }[]): Note => ({
  ...empty,
  procedure: {
    ...empty.procedure,
    muscles: rows.map((r) => ({ ...r, triggerPoints: 2, injectates: [] })),
  },
});

describe("favourites", () => {
  it.each(FAVOURITES.map((f) => ({ name: f.label, f })))(
    "$name names only catalog muscles and parses",
    ({ f }) => {
      for (const r of f.rows) expect(muscleById(r.muscleId), r.muscleId).toBeDefined();
      expect(() => NoteSchema.parse(applyFavourite(empty, f, counter()))).not.toThrow();
    },
  );

  it.each([
    {
      name: "adds every row to an empty note, with fresh row ids",
      note: empty,
      favourite: "bilateral-upper-trapezius-lidocaine",
      want: ["new-1:upper-trapezius:right", "new-2:upper-trapezius:left"],
    },
    {
      name: "keeps existing rows first and untouched",
      note: withRows([{ rowId: "r1", muscleId: "levator-scapulae", side: "right" }]),
      favourite: "bilateral-quadratus-lumborum-lidocaine",
      want: [
        "r1:levator-scapulae:right",
        "new-1:quadratus-lumborum:right",
        "new-2:quadratus-lumborum:left",
      ],
    },
    {
      name: "skips a muscle and side the note already has",
      note: withRows([{ rowId: "r1", muscleId: "upper-trapezius", side: "left" }]),
      favourite: "bilateral-upper-trapezius-lidocaine",
      want: ["r1:upper-trapezius:left", "new-1:upper-trapezius:right"],
    },
    {
      name: "the same side of another muscle is not a duplicate",
      note: withRows([{ rowId: "r1", muscleId: "infraspinatus", side: "left" }]),
      favourite: "right-shoulder-girdle-lidocaine",
      want: [
        "r1:infraspinatus:left",
        "new-1:infraspinatus:right",
        "new-2:teres-minor:right",
        "new-3:rhomboid-major:right",
      ],
    },
  ])("applyFavourite $name", ({ note, favourite, want }) => {
    const before = structuredClone(note);
    const out = applyFavourite(note, fav(favourite), counter());
    expect(out.procedure.muscles.map((r) => `${r.rowId}:${r.muscleId}:${r.side}`)).toEqual(want);
    expect(note).toEqual(before);
  });

  it("never exceeds the schema's 60 rows", () => {
    const full = withRows(
      Array.from({ length: 59 }, (_, i) => ({
        rowId: `r${i}`,
        muscleId: `m${i}`,
        side: "left" as const,
      })),
    );
    const out = applyFavourite(full, fav("bilateral-upper-trapezius-lidocaine"), counter());
    expect(out.procedure.muscles).toHaveLength(60);
  });

  it("a favourite's injectates are copies, so editing the note cannot change the favourite", () => {
    const out = applyFavourite(empty, fav("bilateral-upper-trapezius-lidocaine"), counter());
    out.procedure.muscles[0]!.injectates[0]!.concentration.value = 2;
    expect(
      fav("bilateral-upper-trapezius-lidocaine").rows[0]!.injectates[0]!.concentration.value,
    ).toBe(1);
  });
});

describe("copyForward", () => {
  // Vitals added: the case study records none, and they must not be carried.
  const last = NoteSchema.parse({
    ...CASE_2_SHOULDER_GIRDLE.note,
    vitals: { systolicMmHg: 128, diastolicMmHg: 82, heartRatePerMin: 72, weightLb: 180 },
  });
  const { note, carried } = copyForward(last, "2027-01-15", counter());

  it.each<{ name: string; get: (n: Note) => unknown; want: (l: Note) => unknown }>([
    { name: "date of service is today", get: (n) => n.dateOfService, want: () => "2027-01-15" },
    { name: "history location", get: (n) => n.history.location, want: (l) => l.history.location },
    { name: "history duration", get: (n) => n.history.duration, want: (l) => l.history.duration },
    { name: "findings", get: (n) => n.findings, want: (l) => l.findings },
    { name: "conservative care", get: (n) => n.conservativeCare, want: (l) => l.conservativeCare },
    { name: "diagnoses", get: (n) => n.diagnoses, want: (l) => l.diagnoses },
    {
      name: "muscles with their injectates",
      get: (n) => n.procedure.muscles.map(({ rowId: _r, ...rest }) => rest),
      want: (l) => l.procedure.muscles.map(({ rowId: _r, ...rest }) => rest),
    },
    { name: "technique", get: (n) => n.procedure.technique, want: (l) => l.procedure.technique },
    { name: "payer", get: (n) => n.payerProfileId, want: (l) => l.payerProfileId },
  ])("carries $name", ({ get, want }) => {
    expect(get(note)).toEqual(want(last));
  });

  it.each<{ name: string; get: (n: Note) => unknown; want: unknown }>([
    { name: "pain before", get: (n) => n.history.painScoreBefore, want: null },
    {
      name: "vital signs",
      get: (n) => n.vitals,
      want: NoteSchema.parse({ dateOfService: "2027-01-15", payerProfileId: "x" }).vitals,
    },
    { name: "pain after", get: (n) => n.history.painScoreAfter, want: null },
    {
      name: "response",
      get: (n) => n.procedure.response,
      want: { localTwitch: false, release: false },
    },
    { name: "tolerance", get: (n) => n.procedure.tolerance, want: null },
    { name: "complications", get: (n) => n.procedure.complications, want: null },
    { name: "consent obtained", get: (n) => n.consent.obtained, want: false },
    {
      name: "risks discussed",
      get: (n) => n.consent.risksBenefitsAlternativesDiscussed,
      want: false,
    },
    { name: "instructions", get: (n) => n.procedure.postInstructions, want: [] },
    { name: "same-day E/M", get: (n) => n.sameDayEm, want: null },
  ])("leaves $name blank", ({ get, want }) => {
    expect(get(note)).toEqual(want);
  });

  it("gives every carried row a fresh id", () => {
    const oldIds = new Set(last.procedure.muscles.map((r) => r.rowId));
    expect(
      note.procedure.muscles.every((r) => r.rowId.startsWith("new-") && !oldIds.has(r.rowId)),
    ).toBe(true);
  });

  it("records the last note as a prior session, once", () => {
    expect(note.priorSessions[0]).toEqual({
      date: last.dateOfService,
      muscles: last.procedure.muscles.map((r) => ({ muscleId: r.muscleId, side: r.side })),
      painScale: last.history.painScale,
      painScoreBefore: last.history.painScoreBefore,
      reliefPercent: null,
      reliefDurationWeeks: null,
    });
    const again = copyForward(
      { ...note, dateOfService: "2027-01-15" },
      "2027-03-01",
      counter(),
    ).note;
    expect(again.priorSessions.map((s) => s.date)).toEqual([
      "2027-01-15",
      last.dateOfService,
      ...last.priorSessions.map((s) => s.date),
    ]);
  });

  it("lists exactly the carried, non-empty fields", () => {
    expect(carried).toContain("history.location");
    expect(carried).toContain("procedure.muscles");
    expect(carried).toContain("diagnoses");
    expect(carried).not.toContain("history.painScoreAfter");
    expect(carried).not.toContain("consent.obtained");
    const bare = copyForward(empty, "2027-01-15", counter()).carried;
    expect(bare).toEqual(["priorSessions"]);
  });

  it.each(CASE_STUDIES.map((c) => ({ name: c.title, last: NoteSchema.parse(c.note) })))(
    "$name: the copied note is schema-valid and the last note is unchanged",
    ({ last: l }) => {
      const before = structuredClone(l);
      const out = copyForward(l, "2027-01-15", counter()).note;
      expect(NoteSchema.parse(out)).toEqual(out);
      expect(l).toEqual(before);
    },
  );
});

describe("copyForward and vials", () => {
  it("today's vials start empty: last time's discarded amount is not today's fact", () => {
    const last = NoteSchema.parse({
      dateOfService: "2026-10-01",
      payerProfileId: "medicare-lcd-2024",
      procedure: {
        muscles: [
          {
            rowId: "r1",
            muscleId: "upper-trapezius",
            side: "right",
            triggerPoints: 1,
            injectates: [
              {
                agentId: "triamcinolone-acetonide",
                concentration: { value: 40, unit: "mg/mL" },
                volumeMl: 1,
              },
            ],
          },
        ],
        vials: [{ agentId: "triamcinolone-acetonide", type: "single-dose", discardedAmount: 0 }],
      },
    });
    const { note, carried } = copyForward(last, "2026-11-26");
    expect(note.procedure.vials).toEqual([]);
    expect(carried).not.toContain("procedure.vials");
    expect(note.procedure.muscles[0]?.injectates[0]?.agentId).toBe("triamcinolone-acetonide");
  });
});
