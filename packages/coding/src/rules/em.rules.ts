import type { RuleDefinition } from "./rule.js";

/**
 * The E/M levels a note records (99202-99205, 99211-99215) are the office/outpatient visits as revised
 * from January 1, 2021: chosen by medical decision-making or total time, 99201 deleted (the plain
 * descriptions in catalogs/cpt-codes.table.ts say so). Before that date a level meant the 1995/1997
 * history-and-exam definitions, which the note does not record, so the E/M rules start then; the
 * modifier-25 policy they apply is older (NCCI Policy Manual, Claims Processing Manual ch. 12).
 */
const since2021 = { from: "2021-01-01", to: null } as const;
const em2021 = {
  source: "PALMETTO_EM_2021",
  locator: "office/outpatient E/M by MDM or total time, 99201 deleted, from January 1, 2021",
} as const;

export const EM_RULES = [
  {
    id: "EM-25-01",
    version: 2,
    family: "em",
    effective: since2021,
    statement:
      "A same-day E/M beside a procedure is reported only for a significant, separately identifiable problem documented beyond the decision to inject, and then with modifier 25 on the E/M (never on the trigger point code, and never XS on the procedure for it). With no procedure line it is a plain visit without 25.",
    cite: [
      {
        source: "NCCI_POLICY_CH1_E_M",
        locator: "decision to perform a minor procedure is included; separate E/M with modifier 25",
      },
      {
        source: "CMS_CLAIMS_MANUAL_12_40_1C",
        locator:
          "visits on the same day as a minor procedure are included unless significant and separately identifiable",
      },
      { source: "NCCI_PTP_2026Q3", locator: "20552/99213 and 20553/99214, modifier indicator 1" },
      em2021,
    ],
  },
  {
    id: "EM-25-02",
    version: 1,
    family: "em",
    effective: since2021,
    statement:
      "An E/M with no separately identifiable problem documented is not supported: the pre-injection assessment is part of the procedure.",
    cite: [
      {
        source: "NCCI_POLICY_CH1_E_M",
        locator: "decision to perform the procedure is included in its payment",
      },
      {
        source: "CMS_CLAIMS_MANUAL_12_40_1C",
        locator: "included in the payment for the procedure",
      },
      em2021,
    ],
  },
  {
    id: "EM-NEW-01",
    version: 1,
    family: "em",
    effective: since2021,
    statement:
      "A new-patient visit (99202-99205) is not reported when the note lists a session here within the three years before the date of service: the patient is established (99211-99215).",
    cite: [
      {
        source: "CMS_CLAIMS_MANUAL_12_30_6_7",
        locator: "new patient: no professional services within the previous three years",
      },
      em2021,
    ],
  },
] as const satisfies readonly RuleDefinition[];
