import { loadCodeSets } from "@tpi/codesets";
import { NoteSchema, type Note, type NoteInput } from "@tpi/schemas";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";
import type { EngineContext } from "../src/engine/context.js";

/** The real code sets and built-in payer profiles, loaded once per test process. */
export const ctx: EngineContext = {
  codeSets: loadCodeSets(),
  payerProfiles: BUILT_IN_PAYER_PROFILES,
};

/** A complete, clean note (one muscle, commercial payer) that individual rule cases change. */
export const COMPLETE_NOTE: NoteInput = {
  dateOfService: "2026-11-20",
  payerProfileId: "medicare-no-lcd",
  placeOfService: "11",
  renderingProvider: { name: "Dr. Avery Demo", npi: "1234567893", credentials: "MD" },
  history: {
    painCharacter: ["aching"],
    duration: { value: 3, unit: "months" },
    location: "Right neck",
    referredPain: "Right temple",
    functionalEffect: "Limited rotation",
    painScale: "NRS-11",
    painScoreBefore: 7,
    painScoreAfter: 2,
    functionalScale: "NDI 30 %",
  },
  findings: [{ muscleId: "upper-trapezius", side: "right", tautBand: true, tenderNodule: true }],
  conservativeCare: [
    {
      type: "home-exercise",
      duration: { value: 8, unit: "weeks" },
      response: "minimal",
      ongoing: true,
    },
  ],
  consent: {
    risksBenefitsAlternativesDiscussed: true,
    obtained: true,
    form: "verbal",
    obtainedBy: "Dr. Avery Demo",
  },
  procedure: {
    muscles: [
      {
        rowId: "r1",
        muscleId: "upper-trapezius",
        side: "right",
        triggerPoints: 2,
        injectates: [
          { agentId: "lidocaine", concentration: { value: 1, unit: "percent" }, volumeMl: 2 },
        ],
      },
    ],
    skinPrep: "chlorhexidine",
    needleGauge: 25,
    technique: "peppering",
    tolerance: "well",
    complications: "none",
    postInstructions: ["stretching"],
  },
  diagnoses: ["M79.18"],
};

type Patch = (n: NoteInput) => NoteInput;

/** The complete note with a change applied, parsed as the API would. */
export function note(patch: Patch = (n) => n): Note {
  return NoteSchema.parse(patch(structuredClone(COMPLETE_NOTE)));
}

let rowSeq = 0;
/** A muscle row injected with 1 % lidocaine. */
export function row(muscleId: string, side: "left" | "right" = "right", agent = "lidocaine") {
  const concentration =
    agent === "lidocaine"
      ? { value: 1, unit: "percent" as const }
      : agent === "onabotulinumtoxina"
        ? { value: 50, unit: "units/mL" as const }
        : { value: 40, unit: "mg/mL" as const };
  return {
    rowId: `t${++rowSeq}`,
    muscleId,
    side,
    triggerPoints: 1,
    injectates: [{ agentId: agent, concentration, volumeMl: 1 }],
  };
}

/** A muscle row needled with no injectate (dry needling). */
export function needled(muscleId: string, side: "left" | "right" = "right") {
  return {
    rowId: `n${++rowSeq}`,
    muscleId,
    side,
    triggerPoints: 1,
    injectates: [],
    dryNeedling: true,
  };
}
