import { describe, expect, it } from "vitest";
import { muscleById } from "@tpi/coding";
import { CASE_STUDIES } from "@tpi/fixtures";
import { NoteSchema, type NoteInput } from "@tpi/schemas";
import { narrate, narrateSections } from "./narrate.js";

const base = { dateOfService: "2026-11-20", payerProfileId: "medicare-lcd-2024" } as const;
const lido = (volumeMl: number) => ({
  agentId: "lidocaine",
  concentration: { value: 1, unit: "percent" as const },
  volumeMl,
});
const row = (
  rowId: string,
  muscleId: string,
  side: "left" | "right",
  triggerPoints: number,
  injectates = [lido(1)],
) => ({
  rowId,
  muscleId,
  side,
  triggerPoints,
  injectates,
});

function sectionText(input: Partial<NoteInput>, id: string): string | undefined {
  return narrateSections(NoteSchema.parse({ ...base, ...input })).find((s) => s.id === id)?.text;
}

describe("narrate", () => {
  it.each<{ name: string; input: Partial<NoteInput>; section: string; text: string | undefined }>([
    {
      name: "the procedure as the seed article describes it",
      input: {
        procedure: {
          skinPrep: "chlorhexidine",
          needleGauge: 25,
          technique: "peppering",
          response: { localTwitch: true, release: true },
          muscles: [
            row("a", "upper-trapezius", "right", 3, [lido(3)]),
            row("b", "levator-scapulae", "left", 2, [lido(2)]),
          ],
        },
      },
      section: "procedure",
      text:
        "Skin prepped with chlorhexidine. Trigger points identified by palpation in the right upper trapezius (3) and left levator scapulae (2). " +
        "A 25-gauge needle was inserted into each trigger point using a peppering technique; local twitch response and release were obtained. " +
        "Injected: 1 % lidocaine 3 mL (30 mg) into the right upper trapezius; 1 % lidocaine 2 mL (20 mg) into the left levator scapulae.",
    },
    {
      name: "no gauge, technique or response recorded: none is claimed",
      input: { procedure: { muscles: [row("a", "quadratus-lumborum", "left", 1)] } },
      section: "procedure",
      text:
        "Trigger points identified by palpation in the left quadratus lumborum (1). A needle was inserted into each trigger point. " +
        "Injected: 1 % lidocaine 1 mL (10 mg) into the left quadratus lumborum.",
    },
    {
      name: "ultrasound guidance with images, a dry-needled row and a vial",
      input: {
        procedure: {
          guidance: "ultrasound",
          guidanceImagesRecorded: true,
          muscles: [row("a", "piriformis", "right", 1), row("b", "gluteus-medius", "right", 2, [])],
          vials: [
            {
              agentId: "lidocaine",
              type: "single-dose",
              discardedAmount: 20,
              ndc: "12345-6789-01",
            },
          ],
        },
      },
      section: "procedure",
      text:
        "Trigger points identified under ultrasound guidance in the right piriformis (1) and right gluteus medius (2). Images were recorded and interpreted. " +
        "A needle was inserted into each trigger point. Injected: 1 % lidocaine 1 mL (10 mg) into the right piriformis. " +
        "Needled without injectate: right gluteus medius. Lidocaine from a single-dose vial (NDC 12345-6789-01), 20 mg discarded.",
    },
    {
      name: "vials with nothing discarded, and with the waste not yet recorded",
      input: {
        procedure: {
          vials: [
            { agentId: "lidocaine", type: "single-dose", discardedAmount: 0 },
            { agentId: "triamcinolone-acetonide", type: "single-dose" },
          ],
        },
      },
      section: "procedure",
      text:
        "Lidocaine from a single-dose vial, none discarded. " +
        "Triamcinolone acetonide from a single-dose vial.",
    },
    {
      name: "an unknown muscle id is shown as it is, not guessed",
      input: { procedure: { muscles: [row("a", "made-up-muscle", "left", 1, [])] } },
      section: "procedure",
      text: 'Trigger points identified by palpation in the left muscle "made-up-muscle" (1). A needle was inserted into each trigger point. Needled without injectate: left muscle "made-up-muscle".',
    },
    {
      name: "tolerance and no complications in one sentence, pain after and instructions",
      input: {
        history: { painScale: "NRS-11", painScoreAfter: 2 },
        procedure: {
          tolerance: "well",
          complications: "none",
          postInstructions: ["stretching", "ice"],
        },
      },
      section: "post-procedure",
      text: "Patient tolerated the procedure well without complications. Pain after the procedure 2/10 (NRS-11). Instructed on stretching and ice.",
    },
    {
      name: "a complication is named with its detail",
      input: {
        procedure: {
          tolerance: "fair",
          complications: "vasovagal",
          complicationsDetail: "resolved supine in 5 min",
        },
      },
      section: "post-procedure",
      text: "Patient tolerated the procedure fairly. Complication: vasovagal reaction (resolved supine in 5 min).",
    },
    {
      name: "nothing recorded after the procedure: no section",
      input: {},
      section: "post-procedure",
      text: undefined,
    },
    {
      name: "history in the physician's words",
      input: {
        history: {
          painCharacter: ["aching", "tight"],
          duration: { value: 3, unit: "months" },
          location: "Right side of the neck",
          referredPain: "Right temple",
          functionalEffect: "Limited cervical rotation",
          painScale: "NRS-11",
          painScoreBefore: 7,
          functionalScale: "NDI 24 %",
        },
      },
      section: "history",
      text:
        "Aching and tight pain for 3 months. Location: Right side of the neck. Referred pain: Right temple. " +
        "Effect on function: Limited cervical rotation. Pain before the procedure 7/10 (NRS-11). Functional scale: NDI 24 %.",
    },
    {
      name: "duration of one unit is singular",
      input: { history: { duration: { value: 1, unit: "weeks" } } },
      section: "history",
      text: "Pain for 1 week.",
    },
    {
      name: "findings only where a sign was recorded",
      input: {
        findings: [
          {
            muscleId: "upper-trapezius",
            side: "right",
            tautBand: true,
            tenderNodule: true,
            referredPainReproduced: true,
          },
          { muscleId: "levator-scapulae", side: "left" },
        ],
      },
      section: "findings",
      text: "Right upper trapezius: taut band, tender nodule and palpation reproduces the referred pain.",
    },
    {
      name: "conservative care with what is known of each",
      input: {
        conservativeCare: [
          { type: "physical-therapy", duration: { value: 6, unit: "weeks" }, response: "partial" },
          { type: "nsaids", detail: "ibuprofen 400 mg", ongoing: true },
          { type: "heat-ice" },
        ],
      },
      section: "conservative-care",
      text: "Physical therapy (6 weeks; partial response); NSAIDs (ibuprofen 400 mg; ongoing); heat and ice.",
    },
    {
      name: "consent discussed and obtained",
      input: {
        consent: {
          risksBenefitsAlternativesDiscussed: true,
          obtained: true,
          form: "verbal",
          obtainedBy: "Dr. Demo",
        },
      },
      section: "consent",
      text: "Risks, benefits and alternatives were discussed. Verbal informed consent was obtained by Dr. Demo.",
    },
    {
      name: "risks discussed but consent not recorded as obtained: not claimed",
      input: { consent: { risksBenefitsAlternativesDiscussed: true } },
      section: "consent",
      text: "Risks, benefits and alternatives were discussed.",
    },
    {
      name: "same-day E/M with its separate problem",
      input: {
        diagnoses: ["M79.18", "I10"],
        sameDayEm: {
          level: "99213",
          separateProblem: "Blood pressure follow-up",
          diagnosisCodes: ["I10"],
        },
      },
      section: "em",
      text:
        "A significant, separately identifiable evaluation and management service (99213) was provided the same day. " +
        "Problem addressed: Blood pressure follow-up. Diagnoses addressed: I10.",
    },
    {
      name: "every vital sign taken",
      input: {
        vitals: {
          systolicMmHg: 128,
          diastolicMmHg: 82,
          heartRatePerMin: 72,
          respiratoryRatePerMin: 16,
          temperatureF: 98.4,
          spo2Percent: 98,
          weightLb: 180.5,
        },
      },
      section: "vitals",
      text:
        "Blood pressure 128/82 mmHg, heart rate 72/min, respiratory rate 16/min, temperature 98.4 °F, " +
        "SpO2 98 %, weight 180.5 lb.",
    },
    {
      name: "only the vital signs taken",
      input: { vitals: { heartRatePerMin: 64, spo2Percent: 97 } },
      section: "vitals",
      text: "Heart rate 64/min, SpO2 97 %.",
    },
    {
      name: "no vitals section when none were taken",
      input: {},
      section: "vitals",
      text: undefined,
    },
    {
      name: "diagnoses with pointer letters",
      input: { diagnoses: ["M79.18", "M54.2"] },
      section: "diagnoses",
      text: "A. M79.18; B. M54.2.",
    },
  ])("$name", ({ input, section, text }) => {
    expect(sectionText(input, section)).toBe(text);
  });

  it("an empty note prints nothing", () => {
    expect(narrate(NoteSchema.parse(base))).toEqual([]);
  });

  it("paragraphs carry their section heading", () => {
    const out = narrate(NoteSchema.parse({ ...base, procedure: { skinPrep: "alcohol" } }));
    expect(out).toEqual(["Procedure: Skin prepped with alcohol."]);
  });

  it.each(CASE_STUDIES.map((c) => ({ name: c.title, note: NoteSchema.parse(c.note) })))(
    "$name: every injected muscle is named with its side and trigger point count",
    ({ note }) => {
      const text = narrate(note).join("\n");
      for (const r of note.procedure.muscles) {
        const name = muscleById(r.muscleId)?.name.toLowerCase() ?? "";
        expect(name).not.toBe("");
        expect(text).toContain(`${r.side} ${name} (${r.triggerPoints})`);
      }
    },
  );
});
