import { ANY_DATE, type RuleDefinition } from "./rule.js";

export const CLAIM_EDIT_RULES = [
  {
    id: "RULE-DATE-01",
    version: 1,
    family: "claim-edit",
    effective: ANY_DATE,
    statement:
      "A line is coded only under rules in force on the date of service. A service no rule covers on that date (a code that did not exist yet) is withheld with this finding, never coded by a later rule; a modifier not yet in force is not added.",
    cite: [
      { source: "CPT_CHANGES_2004_TPI", locator: "20552/20553 in force from January 1, 2004" },
      { source: "DRY_NEEDLING_NOT_TPI", locator: "20560/20561 new January 1, 2020" },
      { source: "NORIDIAN_JW_JZ", locator: "JW from January 1, 2017; JZ from July 1, 2023" },
      { source: "HCPRO_0232T_2011", locator: "0232T from the 2011 CPT Manual" },
      {
        source: "PALMETTO_EM_2021",
        locator: "office/outpatient E/M levels as revised from January 1, 2021",
      },
    ],
  },
  {
    id: "NCCI-PTP-01",
    version: 1,
    family: "claim-edit",
    effective: { from: "2026-07-01", to: null },
    statement:
      "Two lines that form an NCCI procedure-to-procedure pair with modifier indicator 0 are never paid together: the column-two line is removed and the reason shown.",
    cite: [{ source: "NCCI_PTP_2026Q3", locator: "modifier indicator 0" }],
  },
  {
    id: "NCCI-PTP-02",
    version: 1,
    family: "claim-edit",
    effective: { from: "2026-07-01", to: null },
    statement:
      "A pair with modifier indicator 1 may be paid together only with the right modifier and documentation: modifier 25 on a separately identifiable E/M, or XS on a procedure on a separate structure.",
    cite: [
      { source: "NCCI_PTP_2026Q3", locator: "modifier indicator 1" },
      {
        source: "AAPC_ORTHO_NO_59_TPI",
        locator: "59/XS only for a real edit between different procedures",
      },
    ],
  },
  {
    id: "MUE-01",
    version: 1,
    family: "claim-edit",
    effective: { from: "2026-04-01", to: null },
    statement:
      "Units on a line may not exceed the code's practitioner MUE; with an adjudication indicator of 2 (policy) the excess is never payable, with 3 (clinical) it needs documentation on appeal.",
    cite: [{ source: "MUE_2026Q2", locator: "practitioner MUE value and MAI" }],
  },
] as const satisfies readonly RuleDefinition[];
