import { ANY_DATE, type RuleDefinition } from "./rule.js";

const lcd2024 = { from: "2024-04-01", to: null } as const;

/** Rules whose numbers and switches come from the payer profile; the statement says what the profile field means. */
export const PAYER_RULES = [
  {
    id: "PAY-PROFILE-01",
    version: 1,
    family: "payer",
    effective: ANY_DATE,
    statement:
      "The note names a payer profile that exists and is in force on the date of service; otherwise no payer policy can be checked.",
    cite: [{ source: "NORIDIAN_TPI_LCD_2024", locator: "policies vary by payer and date" }],
  },
  {
    id: "PAY-FREQ-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "No more trigger point sessions (any code) in the rolling window than the payer profile allows, this session included.",
    cite: [
      {
        source: "DECISIONHEALTH_TPI_LCD",
        locator: "no more than three sessions in a rolling 12 months",
      },
      { source: "BCBSA_2_01_103", locator: "no more than 4 injections in a 12-month period" },
    ],
  },
  {
    id: "PAY-REPEAT-01",
    version: 2,
    family: "payer",
    effective: lcd2024,
    statement:
      "The same muscle on the same side (any part of it) is not injected again sooner than the payer profile's minimum interval.",
    cite: [
      {
        source: "LCD_L34211_FINAL",
        locator: "repeat TPI only after >= 50 % relief lasting >= 6 weeks from the last TPI",
      },
      {
        source: "LCD_L36859_SUMMARY",
        locator: "subsequent TPIs require prior >= 50 % relief lasting >= 6 weeks",
      },
    ],
  },
  {
    id: "PAY-RELIEF-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "A repeat session needs the relief from the previous one documented (at least the profile's percentage, on the same pain scale).",
    cite: [
      {
        source: "LCD_L39661_CORRECTIONS",
        locator: ">= 50 % relief on the SAME pain scale, with dates",
      },
    ],
  },
  {
    id: "PAY-RELIEF-02",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Where the profile checks relief, the relief is also computed from the previous session's before and after scores on its scale and shown beside the reported percentage; a difference over 20 points is flagged.",
    cite: [
      {
        source: "LCD_L39661_CORRECTIONS",
        locator: "insufficient to report only a percentage; the scores on the SAME pain scale",
      },
      { source: "LCD_L34211_FINAL", locator: "pre- and post-injection pain scores, same scale" },
    ],
  },
  {
    id: "PAY-RELIEF-03",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "A repeat session needs the relief from the previous one to have lasted at least the profile's number of weeks, documented.",
    cite: [
      { source: "LCD_L34211_FINAL", locator: ">= 50 % relief lasting >= 6 weeks" },
      { source: "LCD_L36859_SUMMARY", locator: "relief lasting >= 6 weeks" },
    ],
  },
  {
    id: "PAY-REGION-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Where the profile limits a session to one anatomical region, muscles in different regions in one session are flagged.",
    cite: [
      {
        source: "LCD_L34211_SUMMARY",
        locator:
          "multiple muscle groups in different anatomical regions in one session not reasonable and necessary",
      },
    ],
  },
  {
    id: "PAY-GUIDANCE-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Imaging guidance the payer calls investigational or not reasonable and necessary is not suggested as a line; the note is warned to expect a denial (ABN and GA for Medicare if billed).",
    cite: [
      { source: "DECISIONHEALTH_TPI_LCD", locator: "ultrasound guidance investigational" },
      { source: "BCBSA_2_01_103", locator: "ultrasound guidance of TPI investigational" },
    ],
  },
  {
    id: "PAY-DRYNEEDLE-01",
    version: 1,
    family: "payer",
    effective: { from: "2020-01-01", to: null },
    statement:
      "Dry needling is reported with the payer's coverage shown: Medicare covers it only for chronic low back pain under NCD 30.3.3.",
    cite: [
      { source: "NCD_30_3_3", locator: "acupuncture and dry needling for chronic low back pain" },
      { source: "NORIDIAN_TPI_LCD_2024", locator: "dry needling non-covered under the TPI LCD" },
    ],
  },
  {
    id: "PAY-CONSERVATIVE-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Conservative care tried for at least the profile's minimum number of weeks is documented before trigger point injection.",
    cite: [
      { source: "BCBSA_2_01_103", locator: "failed 6 weeks of conservative therapy" },
      { source: "NORIDIAN_TPI_LCD_2024", locator: "conservative therapy failed first-line" },
    ],
  },
  {
    id: "PAY-DX-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "A diagnosis the profile lists as not covered for trigger point injection is flagged when the trigger point line points to it.",
    cite: [
      {
        source: "LCD_L34211_SUMMARY",
        locator: "fibromyalgia, chronic pain syndrome, whiplash, CRPS without true trigger points",
      },
      { source: "BCBSA_2_01_103", locator: "fibromyalgia, CRPS investigational" },
    ],
  },
  {
    id: "PAY-AGENT-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement: "An injectate class the profile does not cover (biologics such as PRP) is flagged.",
    cite: [
      {
        source: "LCD_L34211_SUMMARY",
        locator: "biologic / non-FDA-approved injectates non-covered",
      },
    ],
  },
  {
    id: "PAY-BLOCKS-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Other blocks (epidural, facet, sympathetic) in the same session as trigger point injections are flagged where the profile does not cover them.",
    cite: [{ source: "LCD_L34211_SUMMARY", locator: "multiple other blocks in the same session" }],
  },
  {
    id: "PAY-FINDINGS-01",
    version: 1,
    family: "payer",
    effective: lcd2024,
    statement:
      "Each injected muscle has a documented trigger point with at least two findings (taut band, tender nodule, referred pain, local twitch) where the profile requires the LCD's initial criteria.",
    cite: [
      {
        source: "NORIDIAN_TPI_LCD_2024",
        locator: "trigger point with >= 2 findings; focal hypersensitive nodule on exam",
      },
    ],
  },
] as const satisfies readonly RuleDefinition[];
