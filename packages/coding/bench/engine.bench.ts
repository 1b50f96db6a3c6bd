import { loadCodeSets } from "@tpi/codesets";
import { NoteSchema, type Note } from "@tpi/schemas";
import { CASE_1_SIMPLE_NECK } from "@tpi/fixtures";
import { codeNote } from "../src/engine/code-note.js";
import { MUSCLES } from "../src/catalogs/muscles.table.js";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";
import { percentile } from "./stats.js";

const RUNS = 20_000;
const WARMUP = 2_000;

/** A complete note with n distinct muscles (cycling sides), each injected with lidocaine and triamcinolone. */
function noteWith(n: number): Note {
  const base = NoteSchema.parse(CASE_1_SIMPLE_NECK.note);
  const muscles = Array.from({ length: n }, (_, i) => ({
    rowId: `b${i}`,
    muscleId: MUSCLES[Math.floor(i / 2) % MUSCLES.length]!.id,
    side: i % 2 === 0 ? ("right" as const) : ("left" as const),
    triggerPoints: 2,
    injectates: [
      { agentId: "lidocaine", concentration: { value: 1, unit: "percent" as const }, volumeMl: 2 },
      {
        agentId: "triamcinolone-acetonide",
        concentration: { value: 10, unit: "mg/mL" as const },
        volumeMl: 0.5,
      },
    ],
  }));
  const findings = muscles.map((m) => ({
    muscleId: m.muscleId,
    side: m.side,
    tautBand: true,
    tenderNodule: true,
    referredPainReproduced: false,
    localTwitchResponse: false,
    limitedRangeOfMotion: false,
  }));
  return {
    ...base,
    findings,
    procedure: {
      ...base.procedure,
      muscles,
      vials: [
        { agentId: "triamcinolone-acetonide", type: "single-dose", discardedAmount: 5, ndc: null },
      ],
    },
    priorSessions: [
      {
        date: "2026-08-01",
        muscles: [],
        painScale: "NRS-11",
        painScoreBefore: 7,
        reliefPercent: 60,
        reliefDurationWeeks: 8,
      },
    ],
  };
}

export function runEngineBench(): void {
  const ctx = { codeSets: loadCodeSets(), payerProfiles: BUILT_IN_PAYER_PROFILES };
  const rows: Record<string, string | number>[] = [];
  for (const n of [1, 3, 10, 30]) {
    const note = noteWith(n);
    for (let i = 0; i < WARMUP; i++) codeNote(note, ctx);
    const samples = new Float64Array(RUNS);
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      codeNote(note, ctx);
      samples[i] = performance.now() - t0;
    }
    const sorted = Array.from(samples).sort((a, b) => a - b);
    rows.push({
      muscles: n,
      runs: RUNS,
      "p50 ms": percentile(sorted, 0.5).toFixed(4),
      "p99 ms": percentile(sorted, 0.99).toFixed(4),
      "max ms": sorted.at(-1)!.toFixed(3),
      lines: codeNote(note, ctx)
        .claimLines.map((l) => `${l.code}x${l.units}`)
        .join(" "),
    });
  }
  console.log("\nCoding engine: codeNote() per note (target: p99 < 0.2 ms at 10 muscles)");
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) runEngineBench();
