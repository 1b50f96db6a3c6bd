import type { RuleDefinition } from "./rule.js";

const since2004 = { from: "2004-01-01", to: null } as const;
const since2020 = { from: "2020-01-01", to: null } as const;

export const CPT_RULES = [
  {
    id: "CPT-TPI-01",
    version: 2,
    family: "cpt",
    effective: since2004,
    statement:
      "Trigger points injected in one or two distinct muscles (a muscle on each side counts as two): one unit of 20552 for the session, however many trigger points. A muscle given platelet-rich plasma is not counted: that injection is 0232T (CPT-PRP-01).",
    cite: [
      {
        source: "CPT_CHANGES_2004_TPI",
        locator: "reported once per session regardless of the number of trigger points or muscles",
      },
      { source: "AAPC_PMR_LEFT_RIGHT", locator: "right and left trapezius are different muscles" },
    ],
  },
  {
    id: "CPT-TPI-02",
    version: 2,
    family: "cpt",
    effective: since2004,
    statement:
      "Trigger points injected in three or more distinct muscles (each side counts): one unit of 20553 for the session; never 20552 as well, never a second unit with 59 or XS. A muscle given platelet-rich plasma is not counted (CPT-PRP-01).",
    cite: [
      { source: "CPT_CHANGES_2004_TPI", locator: "reported once per session" },
      { source: "AAPC_ORTHO_NO_59_TPI", locator: "no modifier 59; report each code only once" },
      { source: "NCCI_PTP_2026Q3", locator: "20553/20552, modifier indicator 0" },
    ],
  },
  {
    id: "CPT-TPI-03",
    version: 1,
    family: "cpt",
    effective: since2004,
    statement:
      "Rows naming the same muscle on the same side, or parts of one muscle (upper and middle trapezius), are one muscle: they are counted once toward the 1-2 / 3+ split.",
    cite: [{ source: "CPT_CHANGES_2004_TPI", locator: "codes count muscles, not injections" }],
  },
  {
    id: "CPT-TPI-04",
    version: 1,
    family: "cpt",
    effective: since2004,
    statement:
      "Trigger point codes take no modifier 50, RT or LT (bilateral indicator 0): working both sides only changes the muscle count.",
    cite: [
      {
        source: "FCSO_BILATERAL_INDICATORS",
        locator: "indicator 0: not reported with 50, RT or LT",
      },
      {
        source: "MAC_TPI_BILLING_A59480",
        locator: "modifier 50 should not be billed with these CPTs",
      },
    ],
  },
  {
    id: "CPT-DN-01",
    version: 1,
    family: "cpt",
    effective: since2020,
    statement:
      "Needling without any injectate is dry needling: 20560 for one or two muscles, 20561 for three or more, one unit; never 20552/20553.",
    cite: [
      {
        source: "DRY_NEEDLING_NOT_TPI",
        locator:
          "20560/20561 new January 1, 2020; not reportable with 20552/20553 for the same muscles",
      },
      { source: "MUE_2026Q2", locator: "20560 = 1, 20561 = 1" },
    ],
  },
  {
    id: "CPT-DN-02",
    version: 1,
    family: "cpt",
    effective: since2020,
    statement:
      "Dry needling and trigger point injection in the same session are reported only for different muscles, and the dry needling line is subject to the payer's coverage.",
    cite: [{ source: "DRY_NEEDLING_NOT_TPI", locator: "same muscles" }],
  },
  {
    id: "CPT-TEN-01",
    version: 1,
    family: "cpt",
    effective: since2004,
    statement:
      "An injection into a tendon sheath, ligament or aponeurosis is 20550, one unit per structure; a tendon origin or insertion is 20551, one unit per structure. Neither is a trigger point code.",
    cite: [
      { source: "AAPC_TENDON_VS_TPI", locator: "20551 for tendon origin/insertion" },
      { source: "CPT_CHANGES_2004_TPI", locator: "20550/20551 are reported per structure" },
    ],
  },
  {
    id: "CPT-PRP-01",
    version: 1,
    family: "cpt",
    effective: { from: "2011-01-01", to: null },
    statement:
      "Platelet-rich plasma injected, at any number of sites, is one unit of the Category III code 0232T for the session. It includes the blood draw, the preparation and any image guidance: the PRP gets no drug line (never J3490), its guidance no 76942/77002, and the muscles given PRP are not counted toward 20552/20553. The payer's coverage of biologic injectates applies (PAY-AGENT-01).",
    cite: [
      {
        source: "HCPRO_0232T_2011",
        locator:
          "0232T from the 2011 CPT Manual: any site, image guidance, harvesting and preparation",
      },
      {
        source: "NCCI_PTP_2026Q3",
        locator:
          "0232T/76942 and 0232T/77002, modifier indicator 1 (CPT or CMS manual coding instruction); no edit between 20552/20553 and 0232T",
      },
    ],
  },
  {
    id: "CPT-IMG-01",
    version: 1,
    family: "cpt",
    effective: since2004,
    statement:
      "Imaging guidance with recorded images may be reported beside the trigger point code (ultrasound 76942, fluoroscopy 77002), one unit, when the payer covers it.",
    cite: [
      {
        source: "CPT_IMAGING_PARENTHETICAL",
        locator: "if imaging guidance is performed, see the guidance codes",
      },
      { source: "NCCI_PTP_2026Q3", locator: "no active edit between 20552/20553 and 76942" },
      { source: "MUE_2026Q2", locator: "76942 = 1" },
    ],
  },
] as const satisfies readonly RuleDefinition[];
