import type { CodingResult } from "@tpi/schemas";
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
import { needled, note, row } from "./engine-context.js";
import type { RuleCase } from "./rule-cases.js";

/**
 * Cases from the second pass over the engine (issue 11): rules governed by their dates, every threshold
 * at its limit and one either side, and each fault kind a sweep found, with the right value as the test.
 * Each names what it pins; the rule it runs under cites the source.
 */

const finding = (r: CodingResult, ruleId: string) => r.findings.find((f) => f.ruleId === ruleId);
const mustSay = (r: CodingResult, ruleId: string, text: string) => {
  const f = finding(r, ruleId);
  if (!f?.message.includes(text)) throw new Error(`${ruleId} should say "${text}": ${f?.message}`);
};
const severityOf = (r: CodingResult, ruleId: string) => finding(r, ruleId)?.severity;

const methylpred = (mg: number) => ({
  ...row("gluteus-medius"),
  injectates: [
    {
      agentId: "methylprednisolone-acetate",
      concentration: { value: 40, unit: "mg/mL" as const },
      volumeMl: mg / 40,
    },
  ],
});
const botox = (units: number) => ({
  ...row("upper-trapezius"),
  injectates: [
    {
      agentId: "onabotulinumtoxina",
      concentration: { value: 50, unit: "units/mL" as const },
      volumeMl: units / 50,
    },
  ],
});
const multiDose = (agentId: string) => set("procedure.vials", [{ agentId, type: "multi-dose" }]);
const em = (level: string, separateProblem: string, diagnosisCodes: string[] = []) =>
  set("sameDayEm", { level, separateProblem, diagnosisCodes });
const HTN = "Hypertension follow-up: BP 150/95, medication adjusted.";
const lcd = payer("medicare-lcd-2024");

export const SECOND_PASS_CASES: readonly RuleCase[] = [
  // Rules govern the engine: a line is coded only under a rule in force on the date of service.
  {
    name: "dry needling on 2019-12-31, before 20560 existed: withheld with the reason",
    ruleId: "RULE-DATE-01",
    fires: true,
    note: note(
      compose(set("dateOfService", "2019-12-31"), withMuscles(needled("upper-trapezius"))),
    ),
    check: (r) => {
      expectEq(codes(r), [], "lines");
      mustSay(r, "RULE-DATE-01", "CPT-DN-01");
      expectEq(severityOf(r, "RULE-DATE-01"), "error", "severity");
    },
  },
  {
    name: "dry needling on 2020-01-01, the day 20560 began: coded",
    ruleId: "RULE-DATE-01",
    fires: false,
    note: note(
      compose(set("dateOfService", "2020-01-01"), withMuscles(needled("upper-trapezius"))),
    ),
    check: (r) => expectEq(codes(r), ["20560x1"], "lines"),
  },
  {
    name: "trigger points on 2003-12-31, before 20552 existed: withheld",
    ruleId: "RULE-DATE-01",
    fires: true,
    note: note(set("dateOfService", "2003-12-31")),
    check: (r) => expectEq(codes(r), [], "lines"),
  },
  {
    name: "trigger points on 2004-01-01: 20552",
    ruleId: "CPT-TPI-01",
    fires: true,
    note: note(set("dateOfService", "2004-01-01")),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "nothing discarded on 2023-06-30, the day before JZ began: no JZ",
    ruleId: "DRUG-JWJZ-01",
    fires: false,
    note: note(
      compose(
        set("dateOfService", "2023-06-30"),
        withMuscles(triam(1)),
        singleDose("triamcinolone-acetonide"),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301x4"], "lines"),
  },
  {
    name: "nothing discarded on 2023-07-01, the day JZ began: JZ",
    ruleId: "DRUG-JWJZ-01",
    fires: true,
    note: note(
      compose(
        set("dateOfService", "2023-07-01"),
        withMuscles(triam(1)),
        singleDose("triamcinolone-acetonide"),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301-JZx4"], "lines"),
  },
  {
    name: "10 mg discarded on 2016-12-31, before JW was required: no JW line",
    ruleId: "DRUG-JW-01",
    fires: false,
    note: note(
      compose(
        set("dateOfService", "2016-12-31"),
        withMuscles(triam(1)),
        singleDose("triamcinolone-acetonide", 10),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301x4"], "lines"),
  },
  {
    name: "10 mg discarded on 2017-01-01: a JW line, and no JZ (not yet in force)",
    ruleId: "DRUG-JW-01",
    fires: true,
    note: note(
      compose(
        set("dateOfService", "2017-01-01"),
        withMuscles(triam(1)),
        singleDose("triamcinolone-acetonide", 10),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301x4", "J3301-JWx1"], "lines"),
  },

  // Thresholds at the limit, one under, one over.
  {
    name: "fourth session in 12 months, the first on the window's first day (2025-11-21)",
    ruleId: "PAY-FREQ-01",
    fires: true,
    note: note(
      compose(
        lcd,
        set("priorSessions", [prior("2025-11-21"), prior("2026-04-02"), prior("2026-08-15")]),
      ),
    ),
  },
  {
    name: "a session on 2025-11-20, the day before the window: this is the third",
    ruleId: "PAY-FREQ-01",
    fires: false,
    note: note(
      compose(
        lcd,
        set("priorSessions", [prior("2025-11-20"), prior("2026-04-02"), prior("2026-08-15")]),
      ),
    ),
    check: (r) =>
      expectEq(
        r.hints.some((h) => h.ruleId === "PAY-FREQ-01"),
        true,
        "the last allowed session is hinted",
      ),
  },
  {
    name: "third session in 12 months under the Medicare LCD: at the limit, allowed with a hint",
    ruleId: "PAY-FREQ-01",
    fires: false,
    note: note(compose(lcd, set("priorSessions", [prior("2026-04-02"), prior("2026-08-15")]))),
    check: (r) =>
      expectEq(
        r.hints.some((h) => h.ruleId === "PAY-FREQ-01"),
        true,
        "hint at the limit",
      ),
  },
  {
    name: "fourth session allowed by the BCBSA-style profile (three prior)",
    ruleId: "PAY-FREQ-01",
    fires: false,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("priorSessions", [prior("2026-01-10"), prior("2026-04-02"), prior("2026-08-15")]),
      ),
    ),
  },
  {
    name: "fifth session under the BCBSA-style profile (four prior)",
    ruleId: "PAY-FREQ-01",
    fires: true,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("priorSessions", [
          prior("2025-12-10"),
          prior("2026-01-10"),
          prior("2026-04-02"),
          prior("2026-08-15"),
        ]),
      ),
    ),
  },
  {
    name: "same muscle exactly 6 weeks (42 days) ago: allowed",
    ruleId: "PAY-REPEAT-01",
    fires: false,
    note: note(compose(lcd, set("priorSessions", [prior("2026-10-09")]))),
  },
  {
    name: "same muscle 41 days ago: one day short of 6 weeks",
    ruleId: "PAY-REPEAT-01",
    fires: true,
    note: note(compose(lcd, set("priorSessions", [prior("2026-10-10")]))),
  },
  {
    name: "upper then middle trapezius, the middle injected 19 days ago: every row of the muscle is read",
    ruleId: "PAY-REPEAT-01",
    fires: true,
    note: note(
      compose(
        lcd,
        withMuscles(row("upper-trapezius"), row("middle-trapezius")),
        set("priorSessions", [
          prior("2026-11-01", { muscles: [{ muscleId: "middle-trapezius", side: "right" }] }),
        ]),
      ),
    ),
  },
  {
    name: "middle then upper trapezius, the middle injected 19 days ago: the same finding",
    ruleId: "PAY-REPEAT-01",
    fires: true,
    note: note(
      compose(
        lcd,
        withMuscles(row("middle-trapezius"), row("upper-trapezius")),
        set("priorSessions", [
          prior("2026-11-01", { muscles: [{ muscleId: "middle-trapezius", side: "right" }] }),
        ]),
      ),
    ),
  },
  {
    name: "repeat with exactly 50 % relief: at the limit, allowed",
    ruleId: "PAY-RELIEF-01",
    fires: false,
    note: note(compose(lcd, set("priorSessions", [prior("2026-08-01", { reliefPercent: 50 })]))),
  },
  {
    name: "repeat with 49 % relief: one under",
    ruleId: "PAY-RELIEF-01",
    fires: true,
    note: note(compose(lcd, set("priorSessions", [prior("2026-08-01", { reliefPercent: 49 })]))),
  },
  {
    name: "reported 71 % against 50 % computed from 8 to 4: 21 points apart, flagged",
    ruleId: "PAY-RELIEF-02",
    fires: true,
    note: note(
      compose(
        lcd,
        set("priorSessions", [
          prior("2026-08-01", { reliefPercent: 71, painScoreBefore: 8, painScoreAfter: 4 }),
        ]),
      ),
    ),
    check: (r) => {
      expectEq(severityOf(r, "PAY-RELIEF-02"), "warning", "severity");
      mustSay(r, "PAY-RELIEF-02", "50 %");
    },
  },
  {
    name: "reported 70 % against 50 % computed: 20 points apart, shown beside it, not flagged",
    ruleId: "PAY-RELIEF-02",
    fires: true,
    note: note(
      compose(
        lcd,
        set("priorSessions", [
          prior("2026-08-01", { reliefPercent: 70, painScoreBefore: 8, painScoreAfter: 4 }),
        ]),
      ),
    ),
    check: (r) => expectEq(severityOf(r, "PAY-RELIEF-02"), "info", "severity"),
  },
  {
    name: "no after score for the previous session: nothing to compute",
    ruleId: "PAY-RELIEF-02",
    fires: false,
    note: note(compose(lcd, set("priorSessions", [prior("2026-08-01", { painScoreBefore: 8 })]))),
  },
  {
    name: "relief lasted 6 weeks: at the limit",
    ruleId: "PAY-RELIEF-03",
    fires: false,
    note: note(
      compose(lcd, set("priorSessions", [prior("2026-08-01", { reliefDurationWeeks: 6 })])),
    ),
  },
  {
    name: "relief lasted 5 weeks: one under",
    ruleId: "PAY-RELIEF-03",
    fires: true,
    note: note(
      compose(lcd, set("priorSessions", [prior("2026-08-01", { reliefDurationWeeks: 5 })])),
    ),
  },
  {
    name: "how long the relief lasted is not recorded",
    ruleId: "PAY-RELIEF-03",
    fires: true,
    note: note(compose(lcd, set("priorSessions", [prior("2026-08-01")]))),
  },
  {
    name: "exactly 6 weeks of conservative care (BCBSA: 6): at the limit",
    ruleId: "PAY-CONSERVATIVE-01",
    fires: false,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("conservativeCare", [
          { type: "nsaids", duration: { value: 6, unit: "weeks" }, response: "none" },
        ]),
      ),
    ),
  },
  {
    name: "5 weeks of conservative care (BCBSA: 6): one under",
    ruleId: "PAY-CONSERVATIVE-01",
    fires: true,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("conservativeCare", [
          { type: "nsaids", duration: { value: 5, unit: "weeks" }, response: "none" },
        ]),
      ),
    ),
  },
  {
    name: "taut band and tender nodule in two entries for one muscle count as two findings",
    ruleId: "PAY-FINDINGS-01",
    fires: false,
    note: note(
      compose(
        lcd,
        set("findings", [
          { muscleId: "upper-trapezius", side: "right", tautBand: true },
          { muscleId: "upper-trapezius", side: "right", tenderNodule: true },
        ]),
      ),
    ),
  },
  {
    name: "separate problem of 14 characters: one under the 15 that document a problem",
    ruleId: "EM-25-02",
    fires: true,
    note: note(em("99213", "x".repeat(14))),
  },
  {
    name: "separate problem of 15 characters: at the limit, supported",
    ruleId: "EM-25-02",
    fires: false,
    note: note(em("99213", "x".repeat(15))),
  },
  {
    name: "J3301 x16 alone: at its MUE of 16",
    ruleId: "MUE-01",
    fires: false,
    note: note(compose(withMuscles(triam(4)), singleDose("triamcinolone-acetonide"))),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301-JZx16"], "lines"),
  },
  {
    name: "J3301 x16 plus J3301-JW x1: 17 units on the date of service (MAI 3) against 16",
    ruleId: "MUE-01",
    fires: true,
    note: note(compose(withMuscles(triam(4)), singleDose("triamcinolone-acetonide", 10))),
    check: (r) => {
      expectEq(codes(r), ["20552x1", "J3301x16", "J3301-JWx1"], "lines");
      mustSay(r, "MUE-01", "17 units");
    },
  },
  {
    name: "five billable diagnoses: a line points to four",
    ruleId: "DX-REQUIRED-01",
    fires: false,
    note: note(set("diagnoses", ["M79.18", "M54.2", "M54.6", "G89.29", "M62.838"])),
    check: (r) => expectEq(r.claimLines[0]?.diagnosisPointers, [1, 2, 3, 4], "pointers"),
  },

  // 1. Drug lines
  {
    name: "methylprednisolone 60 mg, a payer that pays the bands: J1030 + J1020 (60 = 40 + 20), not J1040",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    context: ctxNoBundling,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles(methylpred(60)),
        multiDose("methylprednisolone-acetate"),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J1030x1", "J1020x1"], "lines"),
  },
  {
    name: "methylprednisolone 120 mg, bands: J1040 + J1030",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    context: ctxNoBundling,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles(methylpred(120)),
        multiDose("methylprednisolone-acetate"),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J1040x1", "J1030x1"], "lines"),
  },
  {
    name: "methylprednisolone 60 mg under Medicare: J1010 x60 (the bands are not payable by Medicare)",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    note: note(compose(withMuscles(methylpred(60)), multiDose("methylprednisolone-acetate"))),
    check: (r) => expectEq(codes(r), ["20552x1", "J1010x60"], "lines"),
  },
  {
    name: "lidocaine 20 mg with a payer that does not bundle local anesthetic: J2003 x20",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    context: ctxNoBundling,
    note: note(compose(payer("test-no-bundling"), multiDose("lidocaine"))),
    check: (r) => expectEq(codes(r), ["20552x1", "J2003x20"], "lines"),
  },
  {
    name: "botulinum toxin 150 units from two single-dose vials (0 and 50 discarded): J0585 x150 and JW x50",
    ruleId: "DRUG-JW-01",
    fires: true,
    note: note(
      compose(
        withMuscles(botox(150)),
        set("procedure.vials", [
          { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 0 },
          { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 50 },
        ]),
      ),
    ),
    check: (r) => {
      expectEq(codes(r), ["20552x1", "J0585x150", "J0585-JWx50"], "lines");
      const rationale = r.claimLines.find((l) => l.code === "J0585")?.rationale ?? "";
      if (rationale.includes("1 units")) throw new Error(`"1 units" in: ${rationale}`);
    },
  },
  {
    name: "the same two vials listed the other way round: the same lines",
    ruleId: "DRUG-JW-01",
    fires: true,
    note: note(
      compose(
        withMuscles(botox(150)),
        set("procedure.vials", [
          { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 50 },
          { agentId: "onabotulinumtoxina", type: "single-dose", discardedAmount: 0 },
        ]),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J0585x150", "J0585-JWx50"], "lines"),
  },
  {
    name: "the BCBSA-style profile requires the NDC: 0003-0293-05 goes on the line as N4 00003029305 ML 1",
    ruleId: "DRUG-NDC-01",
    fires: false,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        withMuscles(triam(1)),
        set("procedure.vials", [
          { agentId: "triamcinolone-acetonide", type: "multi-dose", ndc: "0003-0293-05" },
        ]),
      ),
    ),
    check: (r) =>
      expectEq(
        r.claimLines.find((l) => l.code === "J3301")?.drug?.ndc,
        { qualifier: "N4", code11: "00003029305", unit: "ML", quantity: 1 },
        "NDC on the line",
      ),
  },
  {
    name: "the BCBSA-style profile requires the NDC and the vial has none",
    ruleId: "DRUG-NDC-01",
    fires: true,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        withMuscles(triam(1)),
        multiDose("triamcinolone-acetonide"),
      ),
    ),
    check: (r) => expectEq(finding(r, "DRUG-NDC-01")?.path, "procedure.vials.0.ndc", "path"),
  },

  // 2. Procedure lines, E/M and payer checks
  {
    name: "left, right and midline upper trapezius: the midline row is an error, not a third muscle",
    ruleId: "DOC-MUSCLES",
    fires: true,
    note: note(
      withMuscles(row("upper-trapezius", "left"), row("upper-trapezius", "right"), {
        ...row("upper-trapezius"),
        side: "midline",
      }),
    ),
    check: (r) => {
      expectEq(codes(r), ["20552x1"], "lines");
      expectEq(finding(r, "DOC-MUSCLES")?.path, "procedure.muscles.2.side", "path");
      expectEq(severityOf(r, "DOC-MUSCLES"), "error", "severity");
    },
  },
  {
    name: "E/M linked to a diagnosis missing from the note's list: no pointer, an error",
    ruleId: "DX-REQUIRED-01",
    fires: true,
    note: note(compose(set("diagnoses", ["M79.18"]), em("99213", HTN, ["I10"]))),
    check: (r) => {
      expectEq(r.claimLines.find((l) => l.code === "99213")?.diagnosisPointers, [], "E/M pointers");
      expectEq(finding(r, "DX-REQUIRED-01")?.path, "sameDayEm.diagnosisCodes", "path");
    },
  },
  {
    name: "E/M with no procedure and no separate problem: a plain visit, no 25, no error",
    ruleId: "EM-25-02",
    fires: false,
    note: note(compose(withMuscles(), em("99213", ""))),
    check: (r) => expectEq(codes(r), ["99213x1"], "lines"),
  },
  {
    name: "E/M linked to the primary diagnosis: the procedure keeps it ([M79.18, I10], 20552 points to 1 first)",
    ruleId: "EM-25-01",
    fires: true,
    note: note(compose(set("diagnoses", ["M79.18", "I10"]), em("99213", HTN, ["M79.18"]))),
    check: (r) => {
      expectEq(
        r.claimLines.find((l) => l.code === "20552")?.diagnosisPointers[0],
        1,
        "20552 first pointer",
      );
      expectEq(
        r.claimLines.find((l) => l.code === "99213")?.diagnosisPointers,
        [1],
        "E/M pointers",
      );
    },
  },
  {
    name: "dry needling beside 99213: modifier 25 on the E/M, no XS on 20560",
    ruleId: "NCCI-PTP-02",
    fires: true,
    note: note(compose(withMuscles(needled("upper-trapezius")), em("99213", HTN))),
    check: (r) => {
      expectEq(codes(r), ["20560x1", "99213-25x1"], "lines");
      expectEq(finding(r, "NCCI-PTP-02")?.path, "sameDayEm.separateProblem", "path");
    },
  },
  {
    name: "upper and middle trapezius: the duplicate message names the middle trapezius row",
    ruleId: "CPT-TPI-03",
    fires: true,
    note: note(withMuscles(row("upper-trapezius"), row("middle-trapezius"))),
    check: (r) => {
      mustSay(r, "CPT-TPI-03", "right middle trapezius");
      expectEq(finding(r, "CPT-TPI-03")?.path, "procedure.muscles.1.muscleId", "path");
    },
  },
  {
    name: "M79.18 listed twice: pointed to once",
    ruleId: "DX-DUP-01",
    fires: true,
    note: note(set("diagnoses", ["M79.18", "M54.2", "M79.18"])),
    check: (r) => expectEq(r.claimLines[0]?.diagnosisPointers, [1, 2], "pointers"),
  },
  { name: "no diagnosis listed twice", ruleId: "DX-DUP-01", fires: false, note: note() },
  {
    name: "the same tendon structure entered twice: one unit of 20551",
    ruleId: "CPT-TEN-01",
    fires: true,
    note: note(
      compose(
        withMuscles(),
        set("procedure.tendonInjections", [
          {
            rowId: "t1",
            kind: "tendon-origin-insertion",
            structure: "common extensor origin",
            side: "right",
          },
          {
            rowId: "t2",
            kind: "tendon-origin-insertion",
            structure: "Common extensor  origin",
            side: "right",
          },
        ]),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20551x1"], "lines"),
  },
  {
    name: "new-patient 99203 with a session here 2024-11-21, within three years",
    ruleId: "EM-NEW-01",
    fires: true,
    note: note(compose(em("99203", HTN), set("priorSessions", [prior("2024-11-21")]))),
  },
  {
    name: "new-patient 99203 with the last session 2023-11-20, three years ago: new again",
    ruleId: "EM-NEW-01",
    fires: false,
    note: note(compose(em("99203", HTN), set("priorSessions", [prior("2023-11-20")]))),
  },
  {
    name: "fibromyalgia pointed to under the Medicare LCD: says what to do (ABN, GA)",
    ruleId: "PAY-DX-01",
    fires: true,
    note: note(compose(lcd, set("diagnoses", ["M79.7"]))),
    check: (r) => mustSay(r, "PAY-DX-01", "ABN"),
  },
  {
    name: "other blocks under the Medicare LCD: plain words from the label table",
    ruleId: "PAY-BLOCKS-01",
    fires: true,
    note: note(compose(lcd, set("procedure.otherBlocksSameSession", true))),
    check: (r) => mustSay(r, "PAY-BLOCKS-01", "not reasonable and necessary"),
  },

  // 3. Diagnosis order and conflicts
  {
    name: "an external-cause code (W19.XXXA) listed first",
    ruleId: "DX-ORDER-01",
    fires: true,
    note: note(set("diagnoses", ["W19.XXXA", "M79.18"])),
  },
  {
    name: "the external-cause code after the condition",
    ruleId: "DX-ORDER-01",
    fires: false,
    note: note(set("diagnoses", ["M79.18", "W19.XXXA"])),
  },
  {
    name: "M79.18 with M79.7: the Excludes1 note at M79.1 (fibromyalgia) applies to M79.18 under it",
    ruleId: "DX-EXCL1-01",
    fires: true,
    note: note(set("diagnoses", ["M79.18", "M79.7"])),
    check: (r) => mustSay(r, "DX-EXCL1-01", "M79.1"),
  },
  {
    name: "M62.830 with M79.18: the category M62 note (myalgia M79.1-) applies",
    ruleId: "DX-EXCL1-01",
    fires: true,
    note: note(set("diagnoses", ["M62.830", "M79.18"])),
    check: (r) => mustSay(r, "DX-EXCL1-01", "M62"),
  },
  {
    name: "M79.18 with cervicalgia M54.2: no Excludes1 note between them",
    ruleId: "DX-EXCL1-01",
    fires: false,
    note: note(set("diagnoses", ["M79.18", "M54.2"])),
  },
  {
    name: "M79.18 with M79.7 on an FY2026 date: the FY2027 notes are not applied to it",
    ruleId: "DX-EXCL1-01",
    fires: false,
    note: note(compose(set("dateOfService", "2026-05-01"), set("diagnoses", ["M79.18", "M79.7"]))),
  },

  // 5. Documentation gaps carry a severity
  {
    name: "consent missing: an error finding, and the item blocks signing for every payer",
    ruleId: "DOC-CONSENT",
    fires: true,
    note: note(set("consent.obtained", false)),
    check: (r) => {
      expectEq(severityOf(r, "DOC-CONSENT"), "error", "severity");
      const item = r.checklist.find((c) => c.id === "DOC-CONSENT");
      expectEq([item?.done, item?.blocksSigning], [false, true], "checklist item");
    },
  },
  {
    name: "technique missing: a warning that does not block signing",
    ruleId: "DOC-TECHNIQUE",
    fires: true,
    note: note(set("procedure.technique", null)),
    check: (r) => {
      expectEq(severityOf(r, "DOC-TECHNIQUE"), "warning", "severity");
      expectEq(r.checklist.find((c) => c.id === "DOC-TECHNIQUE")?.blocksSigning, false, "blocks");
    },
  },
  {
    name: "dry needling only: no agent to record, the agent item is done",
    ruleId: "DOC-AGENT",
    fires: false,
    note: note(withMuscles(needled("upper-trapezius"))),
  },
];
