import { PayerProfileSchema, type PayerProfile, type PayerProfileInput } from "@tpi/schemas";

/**
 * The payer profiles shipped with the product. Each number here is cited; a clinic adds its own
 * profiles as JSON validated by PayerProfileSchema (see docs/payer-profiles.md).
 */
/**
 * Medicare pays methylprednisolone acetate per mg (J1010) since the April 2024 HCPCS update; the 20/40/80 mg
 * bands stay in the HCPCS file for other payers. The HCPCS file here carries no coverage codes, so this is
 * profile data with its citation (ACR_METHYLPRED_J1010), to re-check against the CMS ASP pricing file.
 */
const MEDICARE_NOT_PAYABLE = ["J1020", "J1030", "J1040"];

const profiles: PayerProfileInput[] = [
  {
    id: "medicare-lcd-2024",
    name: "Medicare, 2024 MAC TPI LCD model",
    description:
      "Medicare jurisdictions that adopted the 2024 multi-MAC trigger point injection LCD (e.g. Noridian L34211/L36859 with A57701).",
    version: 1,
    effective: { from: "2024-04-01", to: null },
    citations: [
      { source: "NORIDIAN_TPI_LCD_2024", locator: "LCD and billing article, effective April 2024" },
      {
        source: "DECISIONHEALTH_TPI_LCD",
        locator: "three sessions per rolling 12 months; ultrasound investigational",
      },
      {
        source: "LCD_L34211_FINAL",
        locator: "repeat after >= 50 % relief lasting >= 6 weeks, on the same pain scale",
      },
      {
        source: "ACR_METHYLPRED_J1010",
        locator: "J1020/J1030/J1040 not payable by Medicare from April 1, 2024; J1010 per mg",
      },
    ],
    frequency: { maxSessions: 3, windowMonths: 12 },
    repeatSameMuscleMinWeeks: 6,
    repeatRequiresReliefPercent: 50,
    repeatReliefMinWeeks: 6,
    conservativeCareMinWeeks: null,
    minFindingsPerMuscle: 2,
    oneRegionPerSession: true,
    imagingGuidance: { ultrasound: "investigational", fluoroscopy: "not-reasonable-necessary" },
    dryNeedling: "non-covered",
    otherBlocksSameSession: "not-reasonable-necessary",
    bundledAgentClasses: ["local-anesthetic", "saline"],
    nonCoveredAgentClasses: ["biologic"],
    nonCoveredDiagnoses: [
      {
        prefix: "M79.7",
        reason: "fibromyalgia without true trigger points is not covered under the 2024 TPI LCD",
      },
      {
        prefix: "G89.4",
        reason:
          "chronic pain syndrome without true trigger points is not covered under the 2024 TPI LCD",
      },
      {
        prefix: "G90.5",
        reason: "complex regional pain syndrome is not covered under the 2024 TPI LCD",
      },
      {
        prefix: "S13.4",
        reason: "whiplash without true trigger points is not covered under the 2024 TPI LCD",
      },
    ],
    notPayableCodes: MEDICARE_NOT_PAYABLE,
    requireJwJz: true,
    requireNdc: false,
    abnModifier: "GA",
    requiredDocumentation: ["DOC-FUNCTIONAL-SCALE", "DOC-ONGOING-PROGRAM", "DOC-IMMEDIATE-RELIEF"],
  },
  {
    id: "medicare-no-lcd",
    name: "Medicare, jurisdictions without that LCD",
    description:
      "Medicare jurisdictions with no trigger point LCD in force (e.g. where WPS L34588 was retired 2024-03-31): national rules only.",
    version: 1,
    effective: { from: "2024-04-01", to: null },
    citations: [
      {
        source: "CPT_SURGICAL_PACKAGE_LOCAL_ANESTHESIA",
        locator: "local anesthetic part of the procedure",
      },
      { source: "NCD_30_3_3", locator: "dry needling covered only for chronic low back pain" },
      { source: "NORIDIAN_JW_JZ", locator: "JW/JZ" },
      {
        source: "ACR_METHYLPRED_J1010",
        locator: "J1020/J1030/J1040 not payable by Medicare from April 1, 2024; J1010 per mg",
      },
    ],
    frequency: null,
    repeatSameMuscleMinWeeks: null,
    repeatRequiresReliefPercent: null,
    conservativeCareMinWeeks: null,
    minFindingsPerMuscle: null,
    oneRegionPerSession: false,
    imagingGuidance: { ultrasound: "covered", fluoroscopy: "covered" },
    dryNeedling: "non-covered",
    otherBlocksSameSession: "covered",
    bundledAgentClasses: ["local-anesthetic", "saline"],
    nonCoveredAgentClasses: ["biologic"],
    nonCoveredDiagnoses: [],
    notPayableCodes: MEDICARE_NOT_PAYABLE,
    requireJwJz: true,
    requireNdc: false,
    abnModifier: "GA",
    requiredDocumentation: [],
  },
  {
    id: "commercial-bcbsa",
    name: "Commercial, BCBSA-style",
    description: "Blue plans following BCBSA medical policy 2.01.103 (e.g. BCBS MA 604).",
    version: 1,
    effective: { from: "2024-01-01", to: null },
    citations: [{ source: "BCBSA_2_01_103", locator: "policy criteria" }],
    frequency: { maxSessions: 4, windowMonths: 12 },
    repeatSameMuscleMinWeeks: null,
    repeatRequiresReliefPercent: null,
    conservativeCareMinWeeks: 6,
    minFindingsPerMuscle: null,
    oneRegionPerSession: false,
    imagingGuidance: { ultrasound: "investigational", fluoroscopy: "covered" },
    dryNeedling: "non-covered",
    otherBlocksSameSession: "covered",
    bundledAgentClasses: ["local-anesthetic", "saline"],
    nonCoveredAgentClasses: ["biologic"],
    nonCoveredDiagnoses: [
      {
        prefix: "M79.7",
        reason: "trigger point injection for fibromyalgia is investigational under BCBSA 2.01.103",
      },
      {
        prefix: "G90.5",
        reason: "trigger point injection for CRPS is investigational under BCBSA 2.01.103",
      },
    ],
    requireJwJz: false,
    requireNdc: true,
    abnModifier: null,
    requiredDocumentation: ["DOC-ONGOING-PROGRAM"],
  },
];

export const BUILT_IN_PAYER_PROFILES: readonly PayerProfile[] = profiles.map((p) =>
  PayerProfileSchema.parse(p),
);
