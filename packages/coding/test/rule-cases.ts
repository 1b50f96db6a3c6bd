import type { CodingResult, Note } from "@tpi/schemas";
import type { EngineContext } from "../src/engine/context.js";
import type { SourceKey } from "../src/rules/index.js";
import {
  codes,
  compose,
  ctxNoBundling,
  ctxSyntheticPtp,
  expectEq,
  payer,
  prior,
  set,
  singleDose,
  triam,
  ultrasoundWithImages,
  withMuscles,
} from "./case-helpers.js";
import { needled, note, row } from "./engine-context.js";
import { SECOND_PASS_CASES } from "./rule-cases.second-pass.js";

/**
 * Table of named rule cases: for every rule, notes where it fires and where it does not, with the
 * reviewed expectation. rules.test.ts runs them; registry.test.ts fails if a rule has no case of either kind.
 */
export interface RuleCase {
  readonly name: string;
  readonly ruleId: string;
  readonly fires: boolean;
  readonly note: Note;
  /** Where the rule shows: a claim line, a finding, an open checklist item (default: any of those), or a hint. */
  readonly where?: "hint";
  readonly context?: EngineContext;
  /** The source that pins this case; registry.test.ts checks the rule cites it. */
  readonly source?: SourceKey;
  /** Further reviewed expectations on the whole result. */
  readonly check?: (r: CodingResult) => void;
}

export const RULE_CASES: readonly RuleCase[] = [
  // CPT: trigger point codes by distinct (muscle, side)
  {
    name: "one muscle, three trigger points: 20552 x1",
    ruleId: "CPT-TPI-01",
    fires: true,
    note: note(withMuscles({ ...row("upper-trapezius"), triggerPoints: 3 })),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "two muscles: still one unit of 20552",
    ruleId: "CPT-TPI-01",
    fires: true,
    note: note(withMuscles(row("upper-trapezius"), row("levator-scapulae"))),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "three muscles: not 20552",
    ruleId: "CPT-TPI-01",
    fires: false,
    note: note(withMuscles(row("infraspinatus"), row("teres-minor"), row("rhomboid-major"))),
  },
  {
    name: "three muscles (article case 2): 20553 x1, not 20552 + 20552-XS",
    ruleId: "CPT-TPI-02",
    fires: true,
    note: note(withMuscles(row("infraspinatus"), row("teres-minor"), row("rhomboid-major"))),
    check: (r) => expectEq(codes(r), ["20553x1"], "lines"),
  },
  {
    name: "right and left upper trapezius plus left levator: three muscles, 20553",
    ruleId: "CPT-TPI-02",
    fires: true,
    note: note(
      withMuscles(
        row("upper-trapezius", "right"),
        row("upper-trapezius", "left"),
        row("levator-scapulae", "left"),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20553x1"], "lines"),
  },
  {
    name: "one muscle: not 20553",
    ruleId: "CPT-TPI-02",
    fires: false,
    note: note(withMuscles(row("quadratus-lumborum"))),
  },
  {
    name: "same muscle and side entered twice counts once",
    ruleId: "CPT-TPI-03",
    fires: true,
    note: note(withMuscles(row("infraspinatus"), row("infraspinatus"), row("teres-minor"))),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "upper and middle trapezius on one side are one muscle",
    ruleId: "CPT-TPI-03",
    fires: true,
    note: note(
      withMuscles(row("upper-trapezius"), row("middle-trapezius"), row("levator-scapulae")),
    ),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "same muscle on both sides is two muscles, no duplicate",
    ruleId: "CPT-TPI-03",
    fires: false,
    note: note(withMuscles(row("quadratus-lumborum", "left"), row("quadratus-lumborum", "right"))),
  },
  {
    name: "bilateral quadratus lumborum (article case 3): 20552 x1 with no 50/LT/RT",
    ruleId: "CPT-TPI-04",
    fires: true,
    note: note(withMuscles(row("quadratus-lumborum", "left"), row("quadratus-lumborum", "right"))),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "one side only: no bilateral note",
    ruleId: "CPT-TPI-04",
    fires: false,
    note: note(withMuscles(row("quadratus-lumborum", "left"))),
  },
  // Dry needling
  {
    name: "needles with no injectate in two muscles: 20560, never 20552",
    ruleId: "CPT-DN-01",
    fires: true,
    note: note(withMuscles(needled("upper-trapezius"), needled("levator-scapulae"))),
    check: (r) => expectEq(codes(r), ["20560x1"], "lines"),
  },
  {
    name: "dry needling in three muscles: 20561",
    ruleId: "CPT-DN-01",
    fires: true,
    note: note(
      withMuscles(needled("gluteus-medius"), needled("piriformis"), needled("quadratus-lumborum")),
    ),
    check: (r) => expectEq(codes(r), ["20561x1"], "lines"),
  },
  { name: "injectate given: not dry needling", ruleId: "CPT-DN-01", fires: false, note: note() },
  {
    name: "injected and needled muscles in one session",
    ruleId: "CPT-DN-02",
    fires: true,
    note: note(withMuscles(row("upper-trapezius"), needled("levator-scapulae"))),
  },
  {
    name: "injection only: no mixed-session warning",
    ruleId: "CPT-DN-02",
    fires: false,
    note: note(),
  },
  // Tendon structures
  {
    name: "lateral epicondyle tendon origin: 20551 per structure",
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
        ]),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20551x1"], "lines"),
  },
  { name: "no tendon injection", ruleId: "CPT-TEN-01", fires: false, note: note() },
  // Imaging guidance
  {
    name: "ultrasound with images, payer covers it: 76942",
    ruleId: "CPT-IMG-01",
    fires: true,
    note: note(ultrasoundWithImages),
    check: (r) => expectEq(codes(r), ["20552x1", "76942x1"], "lines"),
  },
  {
    name: "ultrasound without recorded images: not reportable, said",
    ruleId: "CPT-IMG-01",
    fires: true,
    note: note(set("procedure.guidance", "ultrasound")),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  { name: "palpation guidance: no imaging code", ruleId: "CPT-IMG-01", fires: false, note: note() },
  // E/M
  {
    name: "separate problem documented: 99213-25 (article case 4)",
    ruleId: "EM-25-01",
    fires: true,
    note: note(
      compose(
        set("diagnoses", ["M79.18", "I10"]),
        set("sameDayEm", {
          level: "99213",
          separateProblem: "Hypertension follow-up: BP 150/95, medication adjusted.",
          diagnosisCodes: ["I10"],
        }),
      ),
    ),
    check: (r) => {
      expectEq(codes(r), ["20552x1", "99213-25x1"], "lines");
      expectEq(
        r.claimLines.map((l) => l.diagnosisPointers),
        [[1], [2]],
        "pointers",
      );
    },
  },
  { name: "no E/M on the note", ruleId: "EM-25-01", fires: false, note: note() },
  {
    name: "E/M with no separate problem is not supported",
    ruleId: "EM-25-02",
    fires: true,
    note: note(set("sameDayEm", { level: "99213", separateProblem: "" })),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "E/M with a separate problem is supported",
    ruleId: "EM-25-02",
    fires: false,
    note: note(
      set("sameDayEm", {
        level: "99212",
        separateProblem: "Reviewed diabetes control and adjusted metformin dose.",
        diagnosisCodes: [],
      }),
    ),
  },
  // Drugs
  {
    name: "triamcinolone 40 mg: J3301 x4",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    note: note(compose(withMuscles(triam(1)), singleDose("triamcinolone-acetonide"))),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301-JZx4"], "lines"),
  },
  {
    name: "methylprednisolone acetate 80 mg, a payer that pays the bands: J1040 x1",
    ruleId: "DRUG-UNITS-01",
    fires: true,
    context: ctxNoBundling,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles({
          ...row("gluteus-medius"),
          injectates: [
            {
              agentId: "methylprednisolone-acetate",
              concentration: { value: 80, unit: "mg/mL" },
              volumeMl: 1,
            },
          ],
        }),
        set("procedure.vials", [{ agentId: "methylprednisolone-acetate", type: "multi-dose" }]),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J1040x1"], "lines"),
  },
  { name: "lidocaine only: no drug line", ruleId: "DRUG-UNITS-01", fires: false, note: note() },
  {
    name: "lidocaine under Medicare: bundled, no J2001",
    ruleId: "DRUG-BUNDLED-01",
    fires: true,
    note: note(),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "steroid only: nothing bundled",
    ruleId: "DRUG-BUNDLED-01",
    fires: false,
    note: note(compose(withMuscles(triam()), singleDose("triamcinolone-acetonide"))),
  },
  {
    name: "saline with a payer that bundles nothing: no HCPCS code, no drug line",
    ruleId: "DRUG-NOCODE-01",
    fires: true,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles({
          ...row("upper-trapezius"),
          injectates: [
            {
              agentId: "normal-saline",
              concentration: { value: 0.9, unit: "percent" },
              volumeMl: 2,
            },
          ],
        }),
      ),
    ),
    context: ctxNoBundling,
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "lidocaine bundled by the payer: not a no-code case",
    ruleId: "DRUG-NOCODE-01",
    fires: false,
    note: note(),
  },
  {
    name: "single-dose vial, 10 mg discarded: J3301 x4 and J3301-JW x1",
    ruleId: "DRUG-JW-01",
    fires: true,
    note: note(compose(withMuscles(triam(1)), singleDose("triamcinolone-acetonide", 10))),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301x4", "J3301-JWx1"], "lines"),
  },
  {
    name: "multi-dose vial: neither JW nor JZ",
    ruleId: "DRUG-JWJZ-01",
    fires: false,
    note: note(
      compose(
        withMuscles(triam(1)),
        set("procedure.vials", [{ agentId: "triamcinolone-acetonide", type: "multi-dose" }]),
      ),
    ),
    check: (r) => expectEq(codes(r), ["20552x1", "J3301x4"], "lines"),
  },
  {
    name: "procaine with a payer that bundles nothing: unclassified J3490 with the claim note",
    ruleId: "DRUG-NOC-01",
    fires: true,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles({
          ...row("gluteus-medius"),
          injectates: [
            { agentId: "procaine", concentration: { value: 1, unit: "percent" }, volumeMl: 2 },
          ],
        }),
      ),
    ),
    context: ctxNoBundling,
    check: (r) => expectEq(codes(r), ["20552x1", "J3490x1"], "lines"),
  },
  {
    name: "coded steroid: not unclassified",
    ruleId: "DRUG-NOC-01",
    fires: false,
    note: note(compose(withMuscles(triam()), singleDose("triamcinolone-acetonide"))),
  },
  {
    name: "botulinum toxin given in mg/mL: unit does not fit",
    ruleId: "DRUG-DOSE-01",
    fires: true,
    note: note(
      withMuscles({
        ...row("upper-trapezius"),
        injectates: [
          {
            agentId: "onabotulinumtoxina",
            concentration: { value: 50, unit: "mg/mL" },
            volumeMl: 1,
          },
        ],
      }),
    ),
  },
  {
    name: "botulinum toxin in units/mL computes",
    ruleId: "DRUG-DOSE-01",
    fires: false,
    note: note(withMuscles(row("upper-trapezius", "right", "onabotulinumtoxina"))),
  },
  {
    name: "separately payable drug, vial not recorded (Medicare)",
    ruleId: "DRUG-VIAL-01",
    fires: true,
    note: note(withMuscles(triam())),
  },
  {
    name: "vial recorded",
    ruleId: "DRUG-VIAL-01",
    fires: false,
    note: note(compose(withMuscles(triam()), singleDose("triamcinolone-acetonide"))),
  },
  {
    name: "single-dose vial with the discarded amount left blank: no JZ, asks for the amount",
    ruleId: "DRUG-VIAL-01",
    fires: true,
    note: note(
      compose(
        withMuscles(triam(1)),
        set("procedure.vials", [{ agentId: "triamcinolone-acetonide", type: "single-dose" }]),
      ),
    ),
    check: (r) => {
      expectEq(codes(r), ["20552x1", "J3301x4"], "lines");
      const f = r.findings.find((x) => x.ruleId === "DRUG-VIAL-01");
      expectEq(f?.path, "procedure.vials.0.discardedAmount", "finding path");
    },
  },
  // Diagnoses
  {
    name: "M79.1 is a header: error names M79.10-M79.18",
    ruleId: "DX-VALID-01",
    fires: true,
    note: note(set("diagnoses", ["M79.1"])),
    check: (r) => {
      const f = r.findings.find((x) => x.ruleId === "DX-VALID-01");
      if (!f?.message.includes("M79.18") || !f.message.includes("M79.12")) {
        throw new Error(`children not named: ${f?.message}`);
      }
      expectEq(r.claimLines[0]?.diagnosisPointers, [], "no pointer to a header");
    },
  },
  {
    name: "M54.5 is a header since FY2022",
    ruleId: "DX-VALID-01",
    fires: true,
    note: note(set("diagnoses", ["M54.5"])),
  },
  { name: "M79.18 is billable", ruleId: "DX-VALID-01", fires: false, note: note() },
  {
    name: "S23.420A deleted in FY2027 (billable in FY2026)",
    ruleId: "DX-VALID-02",
    fires: true,
    note: note(set("diagnoses", ["M79.18", "S23.420A"])),
  },
  {
    name: "M72.2 billable on an FY2026 date",
    ruleId: "DX-VALID-02",
    fires: false,
    note: note(compose(set("dateOfService", "2026-05-01"), set("diagnoses", ["M72.2"]))),
  },
  {
    name: "date of service before any loaded code set",
    ruleId: "DX-CODESET-01",
    fires: true,
    note: note(set("dateOfService", "2024-05-01")),
  },
  { name: "date of service in FY2027", ruleId: "DX-CODESET-01", fires: false, note: note() },
  {
    name: "no diagnosis at all",
    ruleId: "DX-REQUIRED-01",
    fires: true,
    note: note(set("diagnoses", [])),
  },
  {
    name: "a billable diagnosis to point to",
    ruleId: "DX-REQUIRED-01",
    fires: false,
    note: note(),
  },
  {
    name: "only cervicalgia coded: M79.18 suggested",
    ruleId: "DX-SUGGEST-01",
    fires: true,
    where: "hint",
    note: note(set("diagnoses", ["M54.2"])),
    check: (r) =>
      expectEq(
        r.diagnoses
          .filter((d) => d.origin === "suggested")
          .map((d) => d.code)
          .includes("M79.18"),
        true,
        "M79.18 suggested",
      ),
  },
  {
    name: "myalgia already coded: nothing suggested",
    ruleId: "DX-SUGGEST-01",
    fires: false,
    where: "hint",
    note: note(),
  },
  {
    name: "quadratus lumborum: M54.50 suggested (never M54.5)",
    ruleId: "DX-SUGGEST-02",
    fires: true,
    where: "hint",
    note: note(withMuscles(row("quadratus-lumborum"))),
  },
  {
    name: "shoulder girdle only: no site code",
    ruleId: "DX-SUGGEST-02",
    fires: false,
    where: "hint",
    note: note(withMuscles(row("infraspinatus"))),
  },
  // Claim edits
  {
    name: "indicator 0 pair removes the column-two line (synthetic table)",
    ruleId: "NCCI-PTP-01",
    fires: true,
    note: note(compose(payer("medicare-no-lcd"), ultrasoundWithImages)),
    context: ctxSyntheticPtp,
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  { name: "no pair on the claim", ruleId: "NCCI-PTP-01", fires: false, note: note() },
  {
    name: "20552 with 99213: indicator 1, modifier 25 explained",
    ruleId: "NCCI-PTP-02",
    fires: true,
    note: note(
      set("sameDayEm", {
        level: "99213",
        separateProblem: "Hypertension follow-up, medication adjusted today.",
        diagnosisCodes: [],
      }),
    ),
  },
  {
    name: "20552 with 20551 on another structure: flagged for review, no XS on the TPI code",
    ruleId: "NCCI-PTP-02",
    fires: true,
    note: note(
      set("procedure.tendonInjections", [
        {
          rowId: "t1",
          kind: "tendon-origin-insertion",
          structure: "common extensor origin",
          side: "right",
        },
      ]),
    ),
    check: (r) =>
      expectEq(r.claimLines.find((l) => l.code === "20552")?.modifiers, [], "20552 modifiers"),
  },
  { name: "TPI alone: no edit", ruleId: "NCCI-PTP-02", fires: false, note: note() },
  {
    name: "900 units of botulinum toxin exceed the MUE of 800",
    ruleId: "MUE-01",
    fires: true,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles({
          ...row("upper-trapezius"),
          injectates: [
            {
              agentId: "onabotulinumtoxina",
              concentration: { value: 100, unit: "units/mL" },
              volumeMl: 9,
            },
          ],
        }),
      ),
    ),
    context: ctxNoBundling,
  },
  {
    name: "100 units within the MUE",
    ruleId: "MUE-01",
    fires: false,
    note: note(
      compose(
        payer("test-no-bundling"),
        withMuscles(row("upper-trapezius", "right", "onabotulinumtoxina")),
      ),
    ),
    context: ctxNoBundling,
  },
  // Payer profiles
  {
    name: "unknown payer profile",
    ruleId: "PAY-PROFILE-01",
    fires: true,
    note: note(payer("no-such-payer")),
  },
  { name: "known payer profile in force", ruleId: "PAY-PROFILE-01", fires: false, note: note() },
  {
    name: "fourth session in 12 months under the Medicare LCD",
    ruleId: "PAY-FREQ-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("priorSessions", [prior("2026-01-10"), prior("2026-04-02"), prior("2026-08-15")]),
      ),
    ),
  },
  {
    name: "third session allowed by the BCBSA-style profile (two prior)",
    ruleId: "PAY-FREQ-01",
    fires: false,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("priorSessions", [prior("2026-01-10"), prior("2026-04-02")]),
      ),
    ),
  },
  {
    name: "sessions older than 12 months do not count",
    ruleId: "PAY-FREQ-01",
    fires: false,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("priorSessions", [prior("2025-01-10"), prior("2025-04-02"), prior("2025-08-15")]),
      ),
    ),
  },
  {
    name: "same muscle 3 weeks ago (Medicare LCD: 6 weeks)",
    ruleId: "PAY-REPEAT-01",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), set("priorSessions", [prior("2026-10-30")]))),
  },
  {
    name: "same muscle 10 weeks ago",
    ruleId: "PAY-REPEAT-01",
    fires: false,
    note: note(compose(payer("medicare-lcd-2024"), set("priorSessions", [prior("2026-09-10")]))),
  },
  {
    name: "repeat with no relief recorded",
    ruleId: "PAY-RELIEF-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("priorSessions", [prior("2026-08-01", { reliefPercent: null })]),
      ),
    ),
  },
  {
    name: "repeat with 30 % relief",
    ruleId: "PAY-RELIEF-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("priorSessions", [prior("2026-08-01", { reliefPercent: 30 })]),
      ),
    ),
  },
  {
    name: "repeat with 60 % relief on the same scale",
    ruleId: "PAY-RELIEF-01",
    fires: false,
    note: note(compose(payer("medicare-lcd-2024"), set("priorSessions", [prior("2026-08-01")]))),
  },
  {
    name: "shoulder girdle and low back in one session (Medicare LCD)",
    ruleId: "PAY-REGION-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        withMuscles(row("upper-trapezius"), row("quadratus-lumborum")),
      ),
    ),
  },
  {
    name: "one region",
    ruleId: "PAY-REGION-01",
    fires: false,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        withMuscles(row("upper-trapezius"), row("levator-scapulae")),
      ),
    ),
  },
  {
    name: "ultrasound under the Medicare LCD: investigational, no 76942",
    ruleId: "PAY-GUIDANCE-01",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), ultrasoundWithImages)),
    check: (r) => expectEq(codes(r), ["20552x1"], "lines"),
  },
  {
    name: "palpation under the Medicare LCD",
    ruleId: "PAY-GUIDANCE-01",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  {
    name: "dry needling under Medicare",
    ruleId: "PAY-DRYNEEDLE-01",
    fires: true,
    note: note(withMuscles(needled("upper-trapezius"))),
  },
  { name: "injection under Medicare", ruleId: "PAY-DRYNEEDLE-01", fires: false, note: note() },
  {
    name: "two weeks of conservative care (BCBSA: 6)",
    ruleId: "PAY-CONSERVATIVE-01",
    fires: true,
    note: note(
      compose(
        payer("commercial-bcbsa"),
        set("conservativeCare", [
          { type: "nsaids", duration: { value: 2, unit: "weeks" }, response: "none" },
        ]),
      ),
    ),
  },
  {
    name: "eight weeks of conservative care",
    ruleId: "PAY-CONSERVATIVE-01",
    fires: false,
    note: note(payer("commercial-bcbsa")),
  },
  {
    name: "fibromyalgia pointed to by the TPI (Medicare LCD)",
    ruleId: "PAY-DX-01",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), set("diagnoses", ["M79.7"]))),
  },
  {
    name: "myofascial pain (Medicare LCD)",
    ruleId: "PAY-DX-01",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  {
    name: "platelet-rich plasma under the Medicare LCD",
    ruleId: "PAY-AGENT-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        withMuscles({
          ...row("gluteus-medius"),
          injectates: [
            {
              agentId: "platelet-rich-plasma",
              concentration: { value: 1, unit: "units/mL" },
              volumeMl: 2,
            },
          ],
        }),
      ),
    ),
  },
  {
    name: "lidocaine under the Medicare LCD",
    ruleId: "PAY-AGENT-01",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  {
    name: "facet block in the same session (Medicare LCD)",
    ruleId: "PAY-BLOCKS-01",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), set("procedure.otherBlocksSameSession", true))),
  },
  {
    name: "no other block",
    ruleId: "PAY-BLOCKS-01",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  {
    name: "one finding only for an injected muscle (Medicare LCD: two)",
    ruleId: "PAY-FINDINGS-01",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("findings", [{ muscleId: "upper-trapezius", side: "right", tautBand: true }]),
      ),
    ),
  },
  {
    name: "two findings",
    ruleId: "PAY-FINDINGS-01",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  ...SECOND_PASS_CASES,
  // Documentation checklist
  ...(
    [
      ["DOC-PROVIDER", "renderingProvider.name", ""],
      ["DOC-PAIN-CHARACTER", "history.painCharacter", []],
      ["DOC-DURATION", "history.duration", null],
      ["DOC-LOCATION", "history.referredPain", ""],
      ["DOC-FUNCTION", "history.functionalEffect", ""],
      ["DOC-PAIN-SCORES", "history.painScoreAfter", null],
      ["DOC-FINDINGS", "findings", []],
      ["DOC-CONSERVATIVE", "conservativeCare", []],
      ["DOC-CONSENT", "consent.obtained", false],
      ["DOC-MUSCLES", "procedure.muscles", []],
      [
        "DOC-AGENT",
        "procedure.muscles",
        [
          {
            ...row("upper-trapezius"),
            injectates: [
              {
                agentId: "no-such-agent",
                concentration: { value: 1, unit: "percent" },
                volumeMl: 1,
              },
            ],
          },
        ],
      ],
      ["DOC-TECHNIQUE", "procedure.needleGauge", null],
      ["DOC-TOLERANCE", "procedure.tolerance", null],
      ["DOC-INSTRUCTIONS", "procedure.postInstructions", []],
    ] as const
  ).flatMap(([id, path, empty]): RuleCase[] => [
    { name: `${id}: ${path} missing`, ruleId: id, fires: true, note: note(set(path, empty)) },
    { name: `${id}: complete note`, ruleId: id, fires: false, note: note() },
  ]),
  {
    name: "DOC-MUSCLES: a site that is not a muscle",
    ruleId: "DOC-MUSCLES",
    fires: true,
    note: note(withMuscles({ ...row("upper-trapezius"), muscleId: "shoulder" })),
  },
  {
    name: "DOC-FUNCTIONAL-SCALE: Medicare LCD, no functional scale",
    ruleId: "DOC-FUNCTIONAL-SCALE",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), set("history.functionalScale", ""))),
  },
  {
    name: "DOC-FUNCTIONAL-SCALE: not required by the BCBSA-style profile",
    ruleId: "DOC-FUNCTIONAL-SCALE",
    fires: false,
    note: note(compose(payer("commercial-bcbsa"), set("history.functionalScale", ""))),
  },
  {
    name: "DOC-ONGOING-PROGRAM: nothing ongoing",
    ruleId: "DOC-ONGOING-PROGRAM",
    fires: true,
    note: note(
      compose(
        payer("medicare-lcd-2024"),
        set("conservativeCare", [
          { type: "nsaids", duration: { value: 8, unit: "weeks" }, response: "none" },
        ]),
      ),
    ),
  },
  {
    name: "DOC-ONGOING-PROGRAM: home exercise ongoing",
    ruleId: "DOC-ONGOING-PROGRAM",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
  {
    name: "DOC-IMMEDIATE-RELIEF: no post score",
    ruleId: "DOC-IMMEDIATE-RELIEF",
    fires: true,
    note: note(compose(payer("medicare-lcd-2024"), set("history.painScoreAfter", null))),
  },
  {
    name: "DOC-IMMEDIATE-RELIEF: post score recorded",
    ruleId: "DOC-IMMEDIATE-RELIEF",
    fires: false,
    note: note(payer("medicare-lcd-2024")),
  },
];

/** Whether a rule shows in a result at the place the case names. */
export function ruleShows(r: CodingResult, ruleId: string, where?: "hint"): boolean {
  if (where === "hint") return r.hints.some((h) => h.ruleId === ruleId);
  return (
    r.claimLines.some((l) => l.rules.some((x) => x.id === ruleId)) ||
    r.findings.some((f) => f.ruleId === ruleId) ||
    r.checklist.some((c) => c.id === ruleId && !c.done)
  );
}
