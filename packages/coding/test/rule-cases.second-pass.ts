import {
  PayerProfileSchema,
  type CodingResult,
  type NoteInput,
  type PayerProfile,
  type Severity,
} from "@tpi/schemas";
import type { EngineContext } from "../src/engine/context.js";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";
import type { RuleId, SourceKey } from "../src/rules/index.js";
import {
  codes,
  compose,
  ctxNoBundling,
  expectEq,
  payer,
  prior,
  set,
  singleDose,
  triam,
  withMuscles,
} from "./case-helpers.js";
import { ctx, needled, note, row } from "./engine-context.js";
import type { RuleCase } from "./rule-cases.js";

/**
 * Cases from the second pass over the engine (issue 11), as tables: rules governed by their dates,
 * every threshold at its limit and one either side, and each fault kind a sweep found, with the right
 * value as the test. Each row names what it pins, the rule it runs under and the source that says so
 * (registry.test.ts checks that the rule cites it); the columns after that are the reviewed expectations.
 */

type Patch = (n: NoteInput) => NoteInput;

interface Row {
  readonly name: string;
  readonly rule: RuleId;
  readonly fires: boolean;
  readonly source: SourceKey;
  /** Changes to the complete note (engine-context.ts), applied in order. */
  readonly patch: Patch | readonly Patch[];
  /** The claim lines, as `codes()` writes them. */
  readonly lines?: readonly string[];
  /** Text the rule's first finding says. */
  readonly says?: string;
  /** The rule's first finding: its field path and severity. */
  readonly path?: string;
  readonly severity?: Severity;
  readonly context?: EngineContext;
  readonly where?: "hint";
  readonly check?: (r: CodingResult) => void;
}

const finding = (r: CodingResult, ruleId: string) => r.findings.find((f) => f.ruleId === ruleId);

function toCase(x: Row): RuleCase {
  const patches = typeof x.patch === "function" ? [x.patch] : x.patch;
  return {
    name: x.name,
    ruleId: x.rule,
    fires: x.fires,
    source: x.source,
    note: note(compose(...patches)),
    ...(x.context ? { context: x.context } : {}),
    ...(x.where ? { where: x.where } : {}),
    check: (r) => {
      if (x.lines) expectEq(codes(r), x.lines, "lines");
      const f = finding(r, x.rule);
      if (x.says !== undefined && !f?.message.includes(x.says)) {
        throw new Error(`${x.rule} should say "${x.says}": ${f?.message}`);
      }
      if (x.path !== undefined) expectEq(f?.path, x.path, "path");
      if (x.severity !== undefined) expectEq(f?.severity, x.severity, "severity");
      x.check?.(r);
    },
  };
}

// Note patches the tables share.
const on = (date: string) => set("dateOfService", date);
const lcd = payer("medicare-lcd-2024");
const bcbsa = payer("commercial-bcbsa");
const noBundling = payer("test-no-bundling");
const dx = (...codes: string[]) => set("diagnoses", codes);
const priors = (...sessions: unknown[]) => set("priorSessions", sessions);
const vials = (...v: unknown[]) => set("procedure.vials", v);
const multiDose = (agentId: string) => vials({ agentId, type: "multi-dose" });
const em = (level: string, separateProblem: string, diagnosisCodes: string[] = []) =>
  set("sameDayEm", { level, separateProblem, diagnosisCodes });
const HTN = "Hypertension follow-up: BP 150/95, medication adjusted.";
const care = (weeks: number) =>
  set("conservativeCare", [
    { type: "nsaids", duration: { value: weeks, unit: "weeks" }, response: "none" },
  ]);
const tendon = (...structures: string[]) =>
  compose(
    withMuscles(),
    set(
      "procedure.tendonInjections",
      structures.map((structure, i) => ({
        rowId: `tn${i}`,
        kind: "tendon-origin-insertion",
        structure,
        side: "right",
      })),
    ),
  );

/** A prior session 19 days before the note's date that injected the middle trapezius on one side. */
const middle19DaysAgo = (side: "left" | "right") =>
  priors(prior("2026-11-01", { muscles: [{ muscleId: "middle-trapezius", side }] }));

/** A muscle row injected with `agentId` at a concentration that gives `amount` in `volumeMl`. */
const injected = (
  muscleId: string,
  agentId: string,
  concentration: { value: number; unit: "mg/mL" | "units/mL" | "percent" },
  volumeMl: number,
) => ({ ...row(muscleId), injectates: [{ agentId, concentration, volumeMl }] });
const methylpred = (mg: number) =>
  injected("gluteus-medius", "methylprednisolone-acetate", { value: 40, unit: "mg/mL" }, mg / 40);
const botox = (units: number) =>
  injected("upper-trapezius", "onabotulinumtoxina", { value: 50, unit: "units/mL" }, units / 50);
const prp = (muscleId = "gluteus-medius") =>
  injected(muscleId, "platelet-rich-plasma", { value: 1, unit: "units/mL" }, 2);

/** A clinic profile (JSON, like a clinic's own) under which an open technique item blocks signing. */
const TECHNIQUE_BLOCKS: PayerProfile = PayerProfileSchema.parse({
  id: "test-technique-blocks",
  name: "Test payer that requires the technique before signing",
  effective: { from: "2020-01-01", to: null },
  blockingDocumentation: ["DOC-TECHNIQUE"],
});
const ctxTechniqueBlocks: EngineContext = {
  ...ctx,
  payerProfiles: [...BUILT_IN_PAYER_PROFILES, TECHNIQUE_BLOCKS],
};

const hinted = (ruleId: string, expected: boolean) => (r: CodingResult) =>
  expectEq(
    r.hints.some((h) => h.ruleId === ruleId),
    expected,
    `${ruleId} hint`,
  );
const pointers = (code: string, expected: number[]) => (r: CodingResult) =>
  expectEq(r.claimLines.find((l) => l.code === code)?.diagnosisPointers, expected, code);

/** Rules govern the engine: a line is coded only under a rule in force on the date of service. */
const DATES: readonly Row[] = [
  // A code used before it existed: the line is withheld the day before its rule, coded from that day.
  ...(
    [
      // service, its first day, the day before, lines then and from that day, the rule, the path, source
      [
        "dry needling (20560)",
        "2020-01-01",
        "2019-12-31",
        [],
        ["20560x1"],
        "CPT-DN-01",
        "procedure.muscles",
        "DRY_NEEDLING_NOT_TPI",
        withMuscles(needled("upper-trapezius")),
      ],
      [
        "trigger points (20552)",
        "2004-01-01",
        "2003-12-31",
        [],
        ["20552x1"],
        "CPT-TPI-01",
        "procedure.muscles",
        "CPT_CHANGES_2004_TPI",
        withMuscles(row("upper-trapezius")),
      ],
      [
        "platelet-rich plasma (0232T; never J3490 instead)",
        "2011-01-01",
        "2010-12-31",
        [],
        ["0232Tx1"],
        "CPT-PRP-01",
        "procedure.muscles",
        "HCPRO_0232T_2011",
        withMuscles(prp()),
      ],
      [
        "99213 beside 20552, the 2021 office E/M levels",
        "2021-01-01",
        "2020-12-31",
        ["20552x1"],
        ["20552x1", "99213-25x1"],
        "EM-25-01",
        "sameDayEm.level",
        "PALMETTO_EM_2021",
        em("99213", HTN),
      ],
    ] as const
  ).flatMap(
    ([service, first, before, linesBefore, linesFrom, ruleOf, path, source, patch]): Row[] => [
      {
        name: `${service} on ${before}, the day before ${ruleOf} is in force: withheld, and said`,
        rule: "RULE-DATE-01",
        fires: true,
        source,
        patch: [on(before), patch],
        lines: linesBefore,
        says: ruleOf,
        path,
        severity: "error",
      },
      {
        name: `${service} on ${first}, its first day: coded`,
        rule: "RULE-DATE-01",
        fires: false,
        source,
        patch: [on(first), patch],
        lines: linesFrom,
      },
    ],
  ),
  {
    name: "nothing discarded on 2023-06-30, the day before JZ began: no JZ",
    rule: "DRUG-JWJZ-01",
    fires: false,
    source: "NORIDIAN_JW_JZ",
    patch: [on("2023-06-30"), withMuscles(triam(1)), singleDose("triamcinolone-acetonide")],
    lines: ["20552x1", "J3301x4"],
  },
  {
    name: "nothing discarded on 2023-07-01, the day JZ began: JZ",
    rule: "DRUG-JWJZ-01",
    fires: true,
    source: "NORIDIAN_JW_JZ",
    patch: [on("2023-07-01"), withMuscles(triam(1)), singleDose("triamcinolone-acetonide")],
    lines: ["20552x1", "J3301-JZx4"],
  },
  {
    name: "10 mg discarded on 2016-12-31, before JW was required: no JW line",
    rule: "DRUG-JW-01",
    fires: false,
    source: "NORIDIAN_JW_JZ",
    patch: [on("2016-12-31"), withMuscles(triam(1)), singleDose("triamcinolone-acetonide", 10)],
    lines: ["20552x1", "J3301x4"],
  },
  {
    name: "10 mg discarded on 2017-01-01: a JW line, and no JZ (not yet in force)",
    rule: "DRUG-JW-01",
    fires: true,
    source: "NORIDIAN_JW_JZ",
    patch: [on("2017-01-01"), withMuscles(triam(1)), singleDose("triamcinolone-acetonide", 10)],
    lines: ["20552x1", "J3301x4", "J3301-JWx1"],
  },
  {
    name: "M79.18 with M79.7 on 2027-09-30, the last day of FY2027: the Excludes1 note applies",
    rule: "DX-EXCL1-01",
    fires: true,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: [on("2027-09-30"), dx("M79.18", "M79.7")],
  },
  {
    name: "M79.18 with M79.7 on 2027-10-01, after FY2027: its notes are not applied",
    rule: "DX-EXCL1-01",
    fires: false,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: [on("2027-10-01"), dx("M79.18", "M79.7")],
  },
  {
    name: "M79.18 with M79.7 on an FY2026 date: the FY2027 notes are not applied to it",
    rule: "DX-EXCL1-01",
    fires: false,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: [on("2026-05-01"), dx("M79.18", "M79.7")],
  },
];

/** Every number in a rule or payer profile: at its limit, one under and one over. */
const THRESHOLDS: readonly Row[] = [
  {
    name: "fourth session in 12 months, the first on the window's first day (2025-11-21)",
    rule: "PAY-FREQ-01",
    fires: true,
    source: "DECISIONHEALTH_TPI_LCD",
    patch: [lcd, priors(prior("2025-11-21"), prior("2026-04-02"), prior("2026-08-15"))],
    says: "session 4",
  },
  {
    name: "a session on 2025-11-20, the day before the window: this is the third, hinted as the last",
    rule: "PAY-FREQ-01",
    fires: false,
    source: "DECISIONHEALTH_TPI_LCD",
    patch: [lcd, priors(prior("2025-11-20"), prior("2026-04-02"), prior("2026-08-15"))],
    check: hinted("PAY-FREQ-01", true),
  },
  {
    name: "third session in 12 months under the Medicare LCD: at the limit, allowed with a hint",
    rule: "PAY-FREQ-01",
    fires: false,
    source: "DECISIONHEALTH_TPI_LCD",
    patch: [lcd, priors(prior("2026-04-02"), prior("2026-08-15"))],
    check: hinted("PAY-FREQ-01", true),
  },
  {
    name: "second session in 12 months under the Medicare LCD: one under, no hint",
    rule: "PAY-FREQ-01",
    fires: false,
    source: "DECISIONHEALTH_TPI_LCD",
    patch: [lcd, priors(prior("2026-04-02"))],
    check: hinted("PAY-FREQ-01", false),
  },
  {
    name: "fourth session allowed by the BCBSA-style profile (three prior): at its limit",
    rule: "PAY-FREQ-01",
    fires: false,
    source: "BCBSA_2_01_103",
    patch: [bcbsa, priors(prior("2026-01-10"), prior("2026-04-02"), prior("2026-08-15"))],
    check: hinted("PAY-FREQ-01", true),
  },
  {
    name: "fifth session under the BCBSA-style profile (four prior): one over",
    rule: "PAY-FREQ-01",
    fires: true,
    source: "BCBSA_2_01_103",
    patch: [
      bcbsa,
      priors(prior("2025-12-10"), prior("2026-01-10"), prior("2026-04-02"), prior("2026-08-15")),
    ],
    says: "session 5",
  },
  {
    name: "same muscle exactly 6 weeks (42 days) ago: allowed",
    rule: "PAY-REPEAT-01",
    fires: false,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-10-09"))],
  },
  {
    name: "same muscle 41 days ago: one day short of 6 weeks",
    rule: "PAY-REPEAT-01",
    fires: true,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-10-10"))],
    says: "5 weeks ago",
    path: "procedure.muscles.0.muscleId",
  },
  {
    name: "repeat with exactly 50 % relief: at the limit, allowed",
    rule: "PAY-RELIEF-01",
    fires: false,
    source: "LCD_L39661_CORRECTIONS",
    patch: [lcd, priors(prior("2026-08-01", { reliefPercent: 50 }))],
  },
  {
    name: "repeat with 49 % relief: one under",
    rule: "PAY-RELIEF-01",
    fires: true,
    source: "LCD_L39661_CORRECTIONS",
    patch: [lcd, priors(prior("2026-08-01", { reliefPercent: 49 }))],
    path: "priorSessions.0.reliefPercent",
  },
  {
    name: "relief lasted 7 weeks: one over",
    rule: "PAY-RELIEF-03",
    fires: false,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-08-01", { reliefDurationWeeks: 7 }))],
  },
  {
    name: "relief lasted 6 weeks: at the limit",
    rule: "PAY-RELIEF-03",
    fires: false,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-08-01", { reliefDurationWeeks: 6 }))],
  },
  {
    name: "relief lasted 5 weeks: one under",
    rule: "PAY-RELIEF-03",
    fires: true,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-08-01", { reliefDurationWeeks: 5 }))],
    says: "lasted 5 weeks",
  },
  {
    name: "how long the relief lasted is not recorded",
    rule: "PAY-RELIEF-03",
    fires: true,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-08-01"))],
    path: "priorSessions.0.reliefDurationWeeks",
  },
  {
    name: "7 weeks of conservative care (BCBSA: 6): one over",
    rule: "PAY-CONSERVATIVE-01",
    fires: false,
    source: "BCBSA_2_01_103",
    patch: [bcbsa, care(7)],
  },
  {
    name: "exactly 6 weeks of conservative care (BCBSA: 6): at the limit",
    rule: "PAY-CONSERVATIVE-01",
    fires: false,
    source: "BCBSA_2_01_103",
    patch: [bcbsa, care(6)],
  },
  {
    name: "5 weeks of conservative care (BCBSA: 6): one under",
    rule: "PAY-CONSERVATIVE-01",
    fires: true,
    source: "BCBSA_2_01_103",
    patch: [bcbsa, care(5)],
    says: "the longest recorded is 5 weeks",
  },
  {
    name: "separate problem of 14 characters: one under the 15 that document a problem",
    rule: "EM-25-02",
    fires: true,
    source: "NCCI_POLICY_CH1_E_M",
    patch: em("99213", "x".repeat(14)),
    lines: ["20552x1"],
  },
  {
    name: "separate problem of 15 characters: at the limit, supported",
    rule: "EM-25-02",
    fires: false,
    source: "NCCI_POLICY_CH1_E_M",
    patch: em("99213", "x".repeat(15)),
    lines: ["20552x1", "99213-25x1"],
  },
  {
    name: "J3301 x15 and J3301-JW x1: 16 units on the date of service, at the MUE",
    rule: "MUE-01",
    fires: false,
    source: "MUE_2026Q2",
    patch: [withMuscles(triam(3.75)), singleDose("triamcinolone-acetonide", 10)],
    lines: ["20552x1", "J3301x15", "J3301-JWx1"],
  },
  {
    name: "J3301 x16 alone: at its MUE of 16",
    rule: "MUE-01",
    fires: false,
    source: "MUE_2026Q2",
    patch: [withMuscles(triam(4)), singleDose("triamcinolone-acetonide")],
    lines: ["20552x1", "J3301-JZx16"],
  },
  {
    name: "J3301 x16 plus J3301-JW x1: 17 units on the date of service (MAI 3) against 16",
    rule: "MUE-01",
    fires: true,
    source: "MUE_2026Q2",
    patch: [withMuscles(triam(4)), singleDose("triamcinolone-acetonide", 10)],
    lines: ["20552x1", "J3301x16", "J3301-JWx1"],
    says: "17 units",
    severity: "warning",
  },
  {
    name: "four billable diagnoses: a line points to all four",
    rule: "DX-REQUIRED-01",
    fires: false,
    source: "CLAIM_FORM_POINTERS",
    patch: dx("M79.18", "M54.2", "M54.6", "G89.29"),
    check: pointers("20552", [1, 2, 3, 4]),
  },
  {
    name: "five billable diagnoses: a line points to four",
    rule: "DX-REQUIRED-01",
    fires: false,
    source: "CLAIM_FORM_POINTERS",
    patch: dx("M79.18", "M54.2", "M54.6", "G89.29", "M62.838"),
    check: pointers("20552", [1, 2, 3, 4]),
  },
  {
    name: "new-patient 99203 with a session here 2023-11-21, one day inside three years",
    rule: "EM-NEW-01",
    fires: true,
    source: "CMS_CLAIMS_MANUAL_12_30_6_7",
    patch: [em("99203", HTN), priors(prior("2023-11-21"))],
    says: "2023-11-21",
  },
  {
    name: "new-patient 99203 with the last session 2023-11-20, three years ago: new again",
    rule: "EM-NEW-01",
    fires: false,
    source: "CMS_CLAIMS_MANUAL_12_30_6_7",
    patch: [em("99203", HTN), priors(prior("2023-11-20"))],
  },
];

/** 1. Drug lines: every agent with more than one code, or a procedure of its own, the same way. */
const DRUG_LINES: readonly Row[] = [
  // Methylprednisolone acetate, a payer that pays the 20/40/80 mg bands: combined, largest first.
  ...(
    [
      [60, ["J1030x1", "J1020x1"], "J1030 + J1020 (60 = 40 + 20), not J1040", "HCPCS_2026"],
      [100, ["J1040x1", "J1020x1"], "J1040 + J1020 (100 = 80 + 20), not J1040 x2", "HCPCS_2026"],
      [120, ["J1040x1", "J1030x1"], "J1040 + J1030", "HCPCS_2026"],
      [
        50,
        ["J1030x1", "J1020x1"],
        "rounded up only for the 10 mg no band covers",
        "NORIDIAN_JW_JZ",
      ],
    ] as const
  ).map(([mg, lines, why, source]): Row => ({
    name: `methylprednisolone ${mg} mg, a payer that pays the bands: ${why}`,
    rule: "DRUG-UNITS-01",
    fires: true,
    source,
    context: ctxNoBundling,
    patch: [noBundling, withMuscles(methylpred(mg)), multiDose("methylprednisolone-acetate")],
    lines: ["20552x1", ...lines],
  })),
  {
    name: "methylprednisolone 60 mg under Medicare: J1010 x60 (the bands are not payable by Medicare)",
    rule: "DRUG-UNITS-01",
    fires: true,
    source: "ACR_METHYLPRED_J1010",
    patch: [withMuscles(methylpred(60)), multiDose("methylprednisolone-acetate")],
    lines: ["20552x1", "J1010x60"],
  },
  // Local anesthetics under a payer that does not bundle them: each agent's own per-amount code.
  ...(
    [
      ["lidocaine 1 % 2 mL (20 mg): J2003 x20", "lidocaine", 1, "J2003x20"],
      [
        "lidocaine with epinephrine 20 mg: J2004 x20, its own code",
        "lidocaine-with-epinephrine",
        1,
        "J2004x20",
      ],
      ["bupivacaine 0.25 % 2 mL (5 mg): J0665 per 0.5 mg, x10", "bupivacaine", 0.25, "J0665x10"],
    ] as const
  ).map(([what, agentId, percent, line]): Row => ({
    name: `${what}, a payer that does not bundle local anesthetic`,
    rule: "DRUG-UNITS-01",
    fires: true,
    source: "HCPCS_2026",
    context: ctxNoBundling,
    patch: [
      noBundling,
      withMuscles(injected("upper-trapezius", agentId, { value: percent, unit: "percent" }, 2)),
    ],
    lines: ["20552x1", line],
  })),
  {
    name: "lidocaine under Medicare: bundled, no drug line",
    rule: "DRUG-UNITS-01",
    fires: false,
    source: "HCPCS_2026",
    patch: multiDose("lidocaine"),
    lines: ["20552x1"],
  },
  {
    name: "botulinum toxin 150 units from two single-dose vials (0 and 50 discarded): J0585 x150 and JW x50",
    rule: "DRUG-JW-01",
    fires: true,
    source: "NORIDIAN_JW_JZ",
    patch: [
      withMuscles(botox(150)),
      vials(
        { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 0 },
        { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 50 },
      ),
    ],
    lines: ["20552x1", "J0585x150", "J0585-JWx50"],
    check: (r) => {
      const rationale = r.claimLines.find((l) => l.code === "J0585")?.rationale ?? "";
      if (rationale.includes("1 units")) throw new Error(`"1 units" in: ${rationale}`);
    },
  },
  {
    name: "the same two vials listed the other way round: the same lines",
    rule: "DRUG-JW-01",
    fires: true,
    source: "NORIDIAN_JW_JZ",
    patch: [
      withMuscles(botox(150)),
      vials(
        { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 50 },
        { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 0 },
      ),
    ],
    lines: ["20552x1", "J0585x150", "J0585-JWx50"],
  },
  {
    name: "the BCBSA-style profile requires the NDC: 0003-0293-05 goes on the line as N4 00003029305 ML 1",
    rule: "DRUG-NDC-01",
    fires: false,
    source: "NDC_11_DIGIT_N4",
    patch: [
      bcbsa,
      withMuscles(triam(1)),
      vials({ agentId: "triamcinolone-acetonide", type: "multi-dose", ndc: "0003-0293-05" }),
    ],
    check: (r) =>
      expectEq(
        r.claimLines.find((l) => l.code === "J3301")?.drug?.ndc,
        { qualifier: "N4", code11: "00003029305", unit: "ML", quantity: 1 },
        "NDC on the line",
      ),
  },
  {
    name: "the BCBSA-style profile requires the NDC and the vial has none",
    rule: "DRUG-NDC-01",
    fires: true,
    source: "NDC_11_DIGIT_N4",
    patch: [bcbsa, withMuscles(triam(1)), multiDose("triamcinolone-acetonide")],
    path: "procedure.vials.0.ndc",
  },
  {
    name: "platelet-rich plasma: 0232T for the session, no J3490 and no invented units",
    rule: "CPT-PRP-01",
    fires: true,
    source: "HCPRO_0232T_2011",
    patch: withMuscles(prp("gluteus-medius"), prp("piriformis")),
    lines: ["0232Tx1"],
  },
  {
    name: "platelet-rich plasma with a payer that bundles nothing: still 0232T alone, no drug line",
    rule: "CPT-PRP-01",
    fires: true,
    source: "HCPRO_0232T_2011",
    context: ctxNoBundling,
    patch: [noBundling, withMuscles(prp())],
    lines: ["0232Tx1"],
    check: (r) => expectEq(finding(r, "DRUG-NOC-01"), undefined, "no unclassified-drug note"),
  },
  {
    name: "PRP in one muscle, triamcinolone in two others: 20552 for the two, 0232T for the PRP",
    rule: "CPT-PRP-01",
    fires: true,
    source: "NCCI_PTP_2026Q3",
    patch: [
      withMuscles(prp("gluteus-medius"), triam(1), { ...triam(1), muscleId: "levator-scapulae" }),
      multiDose("triamcinolone-acetonide"),
    ],
    lines: ["20552x1", "0232Tx1", "J3301x8"],
  },
  {
    name: "PRP under ultrasound: the guidance is part of 0232T, no 76942",
    rule: "CPT-PRP-01",
    fires: true,
    source: "NCCI_PTP_2026Q3",
    patch: [
      withMuscles(prp()),
      set("procedure.guidance", "ultrasound"),
      set("procedure.guidanceImagesRecorded", true),
    ],
    lines: ["0232Tx1"],
    check: (r) =>
      expectEq(
        r.findings.some((f) => f.ruleId === "CPT-PRP-01" && f.path === "procedure.guidance"),
        true,
        "guidance said to be part of 0232T",
      ),
  },
  {
    name: "triamcinolone only: no 0232T",
    rule: "CPT-PRP-01",
    fires: false,
    source: "HCPRO_0232T_2011",
    patch: [withMuscles(triam(1)), multiDose("triamcinolone-acetonide")],
    lines: ["20552x1", "J3301x4"],
  },
  {
    name: "platelet-rich plasma is not an unclassified drug: no J3490",
    rule: "DRUG-NOC-01",
    fires: false,
    source: "MAC_TPI_BILLING_A59553",
    context: ctxNoBundling,
    patch: [noBundling, withMuscles(prp())],
  },
  {
    name: "platelet-rich plasma under the Medicare LCD: not covered, with the ABN advice",
    rule: "PAY-AGENT-01",
    fires: true,
    source: "LCD_L34211_SUMMARY",
    patch: [lcd, withMuscles(prp())],
    lines: ["0232Tx1"],
    says: "ABN",
  },
];

/** 2. Procedure lines, E/M and payer checks. */
const PROCEDURES_EM_PAYER: readonly Row[] = [
  {
    name: "left, right and midline upper trapezius: the midline row is an error, not a third muscle",
    rule: "DOC-MUSCLES",
    fires: true,
    source: "SEED_ARTICLE_SECTION_6",
    patch: withMuscles(row("upper-trapezius", "left"), row("upper-trapezius", "right"), {
      ...row("upper-trapezius"),
      side: "midline",
    }),
    lines: ["20552x1"],
    path: "procedure.muscles.2.side",
    severity: "error",
  },
  {
    name: "left and right upper trapezius: two muscles, no side error",
    rule: "DOC-MUSCLES",
    fires: false,
    source: "SEED_ARTICLE_SECTION_6",
    patch: withMuscles(row("upper-trapezius", "left"), row("upper-trapezius", "right")),
    lines: ["20552x1"],
  },
  {
    name: "E/M linked to a diagnosis missing from the note's list: no pointer, an error",
    rule: "DX-REQUIRED-01",
    fires: true,
    source: "CLAIM_FORM_POINTERS",
    patch: [dx("M79.18"), em("99213", HTN, ["I10"])],
    path: "sameDayEm.diagnosisCodes",
    check: pointers("99213", []),
  },
  {
    name: "E/M linked to a header only: no billable pointer, an error at the E/M's diagnoses",
    rule: "DX-REQUIRED-01",
    fires: true,
    source: "CLAIM_FORM_POINTERS",
    patch: [dx("M79.18", "M79.1"), em("99213", HTN, ["M79.1"])],
    path: "sameDayEm.diagnosisCodes",
  },
  {
    name: "E/M with no procedure and no separate problem: a plain visit, no 25, no error",
    rule: "EM-25-02",
    fires: false,
    source: "NCCI_POLICY_CH1_E_M",
    patch: [withMuscles(), em("99213", "")],
    lines: ["99213x1"],
  },
  {
    name: "E/M linked to the primary diagnosis: the procedure keeps it ([M79.18, I10], 20552 points to 1 first)",
    rule: "EM-25-01",
    fires: true,
    source: "NCCI_POLICY_CH1_E_M",
    patch: [dx("M79.18", "I10"), em("99213", HTN, ["M79.18"])],
    check: (r) => {
      expectEq(r.claimLines.find((l) => l.code === "20552")?.diagnosisPointers[0], 1, "20552");
      pointers("99213", [1])(r);
    },
  },
  {
    name: "E/M linked to its own problem (I10): 20552 points to M79.18, the E/M to I10",
    rule: "EM-25-01",
    fires: true,
    source: "NCCI_POLICY_CH1_E_M",
    patch: [dx("M79.18", "I10"), em("99213", HTN, ["I10"])],
    check: (r) => {
      pointers("20552", [1])(r);
      pointers("99213", [2])(r);
    },
  },
  {
    name: "dry needling beside 99213: modifier 25 on the E/M, no XS on 20560",
    rule: "NCCI-PTP-02",
    fires: true,
    source: "NCCI_PTP_2026Q3",
    patch: [withMuscles(needled("upper-trapezius")), em("99213", HTN)],
    lines: ["20560x1", "99213-25x1"],
    path: "sameDayEm.separateProblem",
  },
  {
    name: "dry needling alone: no pair to edit",
    rule: "NCCI-PTP-02",
    fires: false,
    source: "NCCI_PTP_2026Q3",
    patch: withMuscles(needled("upper-trapezius")),
    lines: ["20560x1"],
  },
  {
    name: "upper then middle trapezius, the middle injected 19 days ago: every row of the muscle is read",
    rule: "PAY-REPEAT-01",
    fires: true,
    source: "LCD_L34211_FINAL",
    patch: [
      lcd,
      withMuscles(row("upper-trapezius"), row("middle-trapezius")),
      middle19DaysAgo("right"),
    ],
  },
  {
    name: "middle then upper trapezius, the middle injected 19 days ago: the same finding",
    rule: "PAY-REPEAT-01",
    fires: true,
    source: "LCD_L34211_FINAL",
    patch: [
      lcd,
      withMuscles(row("middle-trapezius"), row("upper-trapezius")),
      middle19DaysAgo("right"),
    ],
  },
  {
    name: "the left middle trapezius injected 19 days ago: another muscle, no repeat",
    rule: "PAY-REPEAT-01",
    fires: false,
    source: "LCD_L34211_FINAL",
    patch: [
      lcd,
      withMuscles(row("upper-trapezius"), row("middle-trapezius")),
      middle19DaysAgo("left"),
    ],
  },
  {
    name: "taut band and tender nodule in two entries for one muscle count as two findings",
    rule: "PAY-FINDINGS-01",
    fires: false,
    source: "NORIDIAN_TPI_LCD_2024",
    patch: [
      lcd,
      set("findings", [
        { muscleId: "upper-trapezius", side: "right", tautBand: true },
        { muscleId: "upper-trapezius", side: "right", tenderNodule: true },
      ]),
    ],
  },
  {
    name: "a taut band only, one finding against the LCD's two: one under",
    rule: "PAY-FINDINGS-01",
    fires: true,
    source: "NORIDIAN_TPI_LCD_2024",
    patch: [lcd, set("findings", [{ muscleId: "upper-trapezius", side: "right", tautBand: true }])],
    says: "1 trigger point finding documented",
    path: "findings.0",
  },
  {
    name: "upper and middle trapezius: the duplicate message names the middle trapezius row",
    rule: "CPT-TPI-03",
    fires: true,
    source: "CPT_CHANGES_2004_TPI",
    patch: withMuscles(row("upper-trapezius"), row("middle-trapezius")),
    says: "right middle trapezius",
    path: "procedure.muscles.1.muscleId",
  },
  {
    name: "M79.18 listed twice: pointed to once",
    rule: "DX-DUP-01",
    fires: true,
    source: "CLAIM_FORM_POINTERS",
    patch: dx("M79.18", "M54.2", "M79.18"),
    path: "diagnoses.2",
    check: pointers("20552", [1, 2]),
  },
  {
    name: "no diagnosis listed twice",
    rule: "DX-DUP-01",
    fires: false,
    source: "CLAIM_FORM_POINTERS",
    patch: dx("M79.18", "M54.2"),
    check: pointers("20552", [1, 2]),
  },
  {
    name: "the same tendon structure entered twice: one unit of 20551",
    rule: "CPT-TEN-01",
    fires: true,
    source: "CPT_CHANGES_2004_TPI",
    patch: tendon("common extensor origin", "Common extensor  origin"),
    lines: ["20551x1"],
    path: "procedure.tendonInjections.1.structure",
  },
  {
    name: "two different tendon structures: two units of 20551",
    rule: "CPT-TEN-01",
    fires: true,
    source: "CPT_CHANGES_2004_TPI",
    patch: tendon("common extensor origin", "common flexor origin"),
    lines: ["20551x2"],
  },
  {
    name: "fibromyalgia pointed to under the Medicare LCD: says what to do (ABN, GA)",
    rule: "PAY-DX-01",
    fires: true,
    source: "LCD_L34211_SUMMARY",
    patch: [lcd, dx("M79.7")],
    says: "Obtain an ABN before the service and append GA",
  },
  {
    name: "fibromyalgia under the BCBSA-style profile: not covered there, and no ABN (not Medicare)",
    rule: "PAY-DX-01",
    fires: true,
    source: "BCBSA_2_01_103",
    patch: [bcbsa, dx("M79.7")],
    check: (r) => expectEq(finding(r, "PAY-DX-01")?.message.includes("ABN"), false, "no ABN"),
  },
  {
    name: "myofascial pain under the Medicare LCD: covered, nothing to say",
    rule: "PAY-DX-01",
    fires: false,
    source: "LCD_L34211_SUMMARY",
    patch: [lcd, dx("M79.18")],
  },
];

/** 3. Diagnosis order and conflicts. */
const DIAGNOSES: readonly Row[] = [
  {
    name: "an external-cause code (W19.XXXA) listed first",
    rule: "DX-ORDER-01",
    fires: true,
    source: "ICD10CM_GUIDELINES_ORDER",
    patch: dx("W19.XXXA", "M79.18"),
    path: "diagnoses.0",
  },
  {
    name: "the external-cause code after the condition",
    rule: "DX-ORDER-01",
    fires: false,
    source: "ICD10CM_GUIDELINES_ORDER",
    patch: dx("M79.18", "W19.XXXA"),
  },
  {
    name: 'M63.811, a muscle disorder "in diseases classified elsewhere", listed first: code the underlying condition first',
    rule: "DX-ORDER-02",
    fires: true,
    source: "ICD10CM_GUIDELINES_ORDER",
    patch: dx("M63.811", "M79.18"),
    path: "diagnoses.0",
    severity: "error",
  },
  {
    name: 'M14.611 (Charcot\'s joint) listed first: its category M14 is "in other diseases classified elsewhere"',
    rule: "DX-ORDER-02",
    fires: true,
    source: "ICD10CM_FY2027",
    patch: dx("M14.611", "M79.18"),
    says: "M14 ",
  },
  {
    name: "M63.811 after the condition it accompanies",
    rule: "DX-ORDER-02",
    fires: false,
    source: "ICD10CM_GUIDELINES_ORDER",
    patch: dx("M79.18", "M63.811"),
  },
  {
    name: "M79.18 first: not a code classified elsewhere",
    rule: "DX-ORDER-02",
    fires: false,
    source: "ICD10CM_FY2027",
    patch: dx("M79.18"),
  },
  {
    name: "M79.18 with M79.7: the Excludes1 note at M79.1 (fibromyalgia) applies to M79.18 under it",
    rule: "DX-EXCL1-01",
    fires: true,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: dx("M79.18", "M79.7"),
    says: "M79.1",
    path: "diagnoses.1",
  },
  {
    name: "M62.830 with M79.18: the category M62 note (myalgia M79.1-) applies",
    rule: "DX-EXCL1-01",
    fires: true,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: dx("M62.830", "M79.18"),
    says: "M62",
  },
  {
    name: "M79.18 with cervicalgia M54.2: no Excludes1 note between them",
    rule: "DX-EXCL1-01",
    fires: false,
    source: "ICD10CM_EXCLUDES1_FY2027",
    patch: dx("M79.18", "M54.2"),
  },
];

/** 4. Relief is computed, not only reported. */
const RELIEF: readonly Row[] = [
  {
    name: "reported 71 % against 50 % computed from 8 to 4: 21 points apart, flagged",
    rule: "PAY-RELIEF-02",
    fires: true,
    source: "LCD_L39661_CORRECTIONS",
    patch: [
      lcd,
      priors(prior("2026-08-01", { reliefPercent: 71, painScoreBefore: 8, painScoreAfter: 4 })),
    ],
    says: "50 %",
    severity: "warning",
  },
  {
    name: "reported 70 % against 50 % computed: 20 points apart, shown beside it, not flagged",
    rule: "PAY-RELIEF-02",
    fires: true,
    source: "LCD_L39661_CORRECTIONS",
    patch: [
      lcd,
      priors(prior("2026-08-01", { reliefPercent: 70, painScoreBefore: 8, painScoreAfter: 4 })),
    ],
    severity: "info",
  },
  {
    name: "reported 29 % against 50 % computed: 21 points apart the other way, flagged",
    rule: "PAY-RELIEF-02",
    fires: true,
    source: "LCD_L39661_CORRECTIONS",
    patch: [
      lcd,
      priors(prior("2026-08-01", { reliefPercent: 29, painScoreBefore: 8, painScoreAfter: 4 })),
    ],
    severity: "warning",
  },
  {
    name: "no after score for the previous session: nothing to compute",
    rule: "PAY-RELIEF-02",
    fires: false,
    source: "LCD_L39661_CORRECTIONS",
    patch: [lcd, priors(prior("2026-08-01", { painScoreBefore: 8 }))],
  },
];

/** 5. Documentation gaps carry a severity. */
const DOCUMENTATION: readonly Row[] = [
  {
    name: "consent missing: an error finding, and the item blocks signing for every payer",
    rule: "DOC-CONSENT",
    fires: true,
    source: "SEED_ARTICLE_SECTION_6",
    patch: set("consent.obtained", false),
    severity: "error",
    check: (r) => {
      const item = r.checklist.find((c) => c.id === "DOC-CONSENT");
      expectEq([item?.done, item?.blocksSigning], [false, true], "checklist item");
    },
  },
  {
    name: "technique missing: a warning that does not block signing",
    rule: "DOC-TECHNIQUE",
    fires: true,
    source: "SEED_ARTICLE_SECTION_6",
    patch: set("procedure.technique", null),
    severity: "warning",
    check: (r) =>
      expectEq(r.checklist.find((c) => c.id === "DOC-TECHNIQUE")?.blocksSigning, false, "blocks"),
  },
  {
    name: "technique missing under a profile that makes it block signing: an error there",
    rule: "DOC-TECHNIQUE",
    fires: true,
    source: "SEED_ARTICLE_SECTION_6",
    context: ctxTechniqueBlocks,
    patch: [payer("test-technique-blocks"), set("procedure.technique", null)],
    severity: "error",
    check: (r) =>
      expectEq(r.checklist.find((c) => c.id === "DOC-TECHNIQUE")?.blocksSigning, true, "blocks"),
  },
  {
    name: "dry needling only: no agent to record, the agent item is done",
    rule: "DOC-AGENT",
    fires: false,
    source: "SEED_ARTICLE_SECTION_6",
    patch: withMuscles(needled("upper-trapezius")),
  },
];

/** 6. Plain words: labels come from a table, and PAY-REPEAT-01 cites the final LCD. */
const PLAIN_WORDS: readonly Row[] = [
  {
    name: "other blocks under the Medicare LCD: plain words from the label table",
    rule: "PAY-BLOCKS-01",
    fires: true,
    source: "LCD_L34211_SUMMARY",
    patch: [lcd, set("procedure.otherBlocksSameSession", true)],
    says: "are not reasonable and necessary under",
  },
  {
    name: 'dry needling under the Medicare LCD: "not covered", not "non covered"',
    rule: "PAY-DRYNEEDLE-01",
    fires: true,
    source: "NCD_30_3_3",
    patch: [lcd, withMuscles(needled("upper-trapezius"))],
    says: "as not covered",
  },
  {
    name: "a repeat six weeks after the last session, judged by the final LCD's interval",
    rule: "PAY-REPEAT-01",
    fires: false,
    source: "LCD_L34211_FINAL",
    patch: [lcd, priors(prior("2026-09-01"))],
  },
];

export const SECOND_PASS_CASES: readonly RuleCase[] = [
  ...DATES,
  ...THRESHOLDS,
  ...DRUG_LINES,
  ...PROCEDURES_EM_PAYER,
  ...DIAGNOSES,
  ...RELIEF,
  ...DOCUMENTATION,
  ...PLAIN_WORDS,
].map(toCase);
