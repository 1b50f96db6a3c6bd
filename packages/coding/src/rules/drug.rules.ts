import type { RuleDefinition } from "./rule.js";

const always = { from: "2004-01-01", to: null } as const;

export const DRUG_RULES = [
  {
    id: "DRUG-UNITS-01",
    version: 2,
    family: "drug",
    effective: always,
    statement:
      "A separately payable drug is billed with the HCPCS code whose billing unit fits the dose, in units of dose ÷ billing unit, rounded up to a whole unit. Dose-banded codes are combined, largest first, so a dose the bands express exactly is billed exactly (methylprednisolone acetate 60 mg = J1030 + J1020) and units round up only for a remainder no band covers; a payer that does not pay the bands (Medicare: J1010 per mg since April 2024) gets the per-mg code.",
    cite: [
      {
        source: "ACR_METHYLPRED_J1010",
        locator: "J1010 per 1 mg from April 1, 2024; J1020/J1030/J1040 not payable by Medicare",
      },
      { source: "NORIDIAN_JW_JZ", locator: "units = dose given ÷ descriptor unit, rounded up" },
      { source: "HCPCS_2026", locator: "descriptor billing units" },
      { source: "MAC_TPI_BILLING_A59553", locator: "drug billed on the same claim as 20552/20553" },
    ],
  },
  {
    id: "DRUG-BUNDLED-01",
    version: 1,
    family: "drug",
    effective: always,
    statement:
      "Where the payer profile bundles an agent class (local anesthetic for trigger point injections), the agent is part of the procedure and gets no drug line; lidocaine's J2001 is for IV infusion and is never used for infiltration.",
    cite: [
      {
        source: "CPT_SURGICAL_PACKAGE_LOCAL_ANESTHESIA",
        locator: "local infiltration is included; avoid J2001 for minor in-office procedures",
      },
      { source: "MAC_TPI_BILLING_A59480", locator: "no anesthesia codes with 20552/20553" },
    ],
  },
  {
    id: "DRUG-NOCODE-01",
    version: 1,
    family: "drug",
    effective: always,
    statement:
      "An agent with no HCPCS code for this use (saline, or a local anesthetic whose only code is for another route) gets no drug line.",
    cite: [{ source: "HCPCS_2026", locator: "no code for the route" }],
  },
  {
    id: "DRUG-JWJZ-01",
    version: 2,
    family: "drug",
    effective: { from: "2023-07-01", to: null },
    statement:
      "For a separately payable drug from a single-dose container, where the payer requires it: JZ on the line when nothing was discarded (from July 1, 2023; never on an earlier date of service). Multi-dose vials take neither JZ nor JW.",
    cite: [
      {
        source: "NORIDIAN_JW_JZ",
        locator: "JZ required from July 1, 2023 when none of the drug was discarded",
      },
    ],
  },
  {
    id: "DRUG-JW-01",
    version: 1,
    family: "drug",
    effective: { from: "2017-01-01", to: null },
    statement:
      "For a separately payable drug from a single-dose container, where the payer requires it: the discarded amount (beyond what rounding the given dose up already bills) is a second line of the same code with JW, its units from every vial of the agent.",
    cite: [
      {
        source: "NORIDIAN_JW_JZ",
        locator: "JW required from January 1, 2017, with the discarded amount documented",
      },
    ],
  },
  {
    id: "DRUG-NOC-01",
    version: 1,
    family: "drug",
    effective: always,
    statement:
      "A drug without its own HCPCS code is billed as unclassified (J3490) and the claim must carry the drug name, dose and route (item 19 / loop 2400 NTE).",
    cite: [
      {
        source: "MAC_TPI_BILLING_A59553",
        locator: "unclassified J-codes must list drug name/dosage in Box 19",
      },
    ],
  },
  {
    id: "DRUG-DOSE-01",
    version: 1,
    family: "drug",
    effective: always,
    statement:
      "A dose is computed as concentration × volume in the agent's own unit; a concentration unit that does not fit the agent is an error to correct, not a guess.",
    cite: [{ source: "HCPCS_2026", locator: "descriptor amount and unit" }],
  },
  {
    id: "DRUG-NDC-01",
    version: 1,
    family: "drug",
    effective: always,
    statement:
      "Where the payer requires the NDC, the drug line carries it as the claim needs it: qualifier N4, the 11-digit 5-4-2 form (0003-0293-05 -> 00003029305), the unit of measure and the quantity; a vial without an NDC is a finding.",
    cite: [{ source: "NDC_11_DIGIT_N4", locator: "N4 qualifier, 11-digit NDC, unit and quantity" }],
  },
  {
    id: "DRUG-VIAL-01",
    version: 1,
    family: "drug",
    effective: { from: "2023-07-01", to: null },
    statement:
      "For a separately payable drug the note states whether each vial was single-dose or multi-dose, and for every single-dose vial the amount discarded, so JW/JZ can be chosen.",
    cite: [{ source: "NORIDIAN_JW_JZ", locator: "document the discarded amount" }],
  },
] as const satisfies readonly RuleDefinition[];
