/**
 * Every source a rule, a payer profile or a checklist item cites, once. Keys are permanent.
 * Confidence is the one given in shared/reference/coding-rules.md (our reviewed research notes),
 * so a coder sees how firm each statement is.
 */
export interface Source {
  readonly title: string;
  readonly edition: string;
  readonly url: string | null;
  readonly confidence: "high" | "medium" | "low";
}

export const SOURCES = {
  CPT_CHANGES_2004_TPI: {
    title: "AMA CPT Changes 2004 rationale for 20552/20553 (as quoted by AAPC)",
    edition: "2004",
    url: "https://aapc.com/discuss/threads/20551-for-multiple-areas.98068",
    confidence: "high",
  },
  AAPC_NEURO_2004_TPI: {
    title: "AAPC Neurology Coding Alert: trigger point codes undergo changes for 2004",
    edition: "2004",
    url: "https://aapc.com/codes/coding-newsletters/my-neurology-coding-alert/new-words-same-meaning-trigger-point-codes-undergo-changes-for-2004-article",
    confidence: "high",
  },
  AAPC_ORTHO_NO_59_TPI: {
    title:
      "AAPC Orthopedic Coding Alert: update your TPI coding (no modifier 59, once per session)",
    edition: "n.d.",
    url: "https://www.aapc.com/codes/coding-newsletters/my-orthopedic-coding-alert/reader-question-update-your-tpi-coding-32698-article",
    confidence: "high",
  },
  AAPC_PMR_LEFT_RIGHT: {
    title: "AAPC PM&R Coding Alert: count right and left trapezius as separate muscles",
    edition: "n.d.",
    url: "https://aapc.com/codes/coding-newsletters/my-physical-medicine-rehab-coding-alert/reader-questions-count-right-left-trapezius-as-one-article",
    confidence: "medium",
  },
  AAPC_TENDON_VS_TPI: {
    title: "AAPC Orthopedic Coding Alert: tendon injections differ from TPIs (20550/20551)",
    edition: "n.d.",
    url: "https://aapc.com/codes/coding-newsletters/my-orthopedic-coding-alert/reader-question-tendon-injections-differ-from-tpis-32660-article",
    confidence: "high",
  },
  FCSO_BILATERAL_INDICATORS: {
    title: "First Coast (FCSO): bilateral surgery indicators (0 = no 50, RT or LT)",
    edition: "current",
    url: "https://medicare.fcso.com/coding/bilateral-indicators",
    confidence: "high",
  },
  MAC_TPI_BILLING_A59480: {
    title:
      "MAC Billing and Coding article A59480: Trigger Point Injections (no modifier 50, no anesthesia codes)",
    edition: "2024",
    url: "https://verity.backworkai.com/policy/A59480",
    confidence: "medium",
  },
  MAC_TPI_BILLING_A59553: {
    title:
      "MAC Billing and Coding article A59553: Trigger Point Injections (drug on the same claim; unclassified drugs)",
    edition: "2024",
    url: "https://verity.backworkai.com/policy/A59553",
    confidence: "medium",
  },
  NORIDIAN_TPI_LCD_2024: {
    title:
      "Noridian: updated Trigger Point Injections LCD and billing article (L34211/L36859, A57701)",
    edition: "effective 2024-04",
    url: "https://med.noridianmedicare.com/web/jeb/article-detail/-/view/10525/updated-trigger-point-injections-local-coverage-determination-lcd-policy-appeals-newsletter-part-14",
    confidence: "high",
  },
  LCD_L39661_CORRECTIONS: {
    title:
      "Proposed TPI LCD correction notes: 6 weeks before repeat in the same location; same pain scale",
    edition: "2023-10",
    url: "https://cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=39661",
    confidence: "high",
  },
  LCD_L34211_FINAL: {
    title:
      "LCD L34211 Trigger Point Injections (TPI), final revision (Noridian; the same text as L36859)",
    edition: "revision effective 2024-04-01",
    url: "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=34211",
    confidence: "high",
  },
  LCD_L36859_SUMMARY: {
    title: "LCD L36859 Trigger Point Injections (TPI) summary: repeat TPI criteria",
    edition: "2024",
    url: "https://verity.backworkai.com/policy/L36859",
    confidence: "medium",
  },
  ACR_METHYLPRED_J1010: {
    title:
      "American College of Rheumatology, The Rheumatologist: Methylprednisolone & Methotrexate: Codes & Billing Updated (CMS HCPCS update: J1010, methylprednisolone acetate 1 mg)",
    edition: "2024-04-22",
    url: "https://www.the-rheumatologist.org/article/methotrexate-codes-billing-updated/",
    confidence: "medium",
  },
  PALMETTO_EM_2021: {
    title:
      "Palmetto GBA (MAC): Medicare Part B 2021 Final Rule, E/M changes: from January 1, 2021 an office/outpatient visit level is chosen by medical decision-making or total time, and 99201 is deleted",
    edition: "effective 2021-01-01",
    url: "https://palmettogba.com/palmetto/jmb.nsf/DIDC/BWSU772836~Medicare%20News",
    confidence: "high",
  },
  HCPRO_0232T_2011: {
    title:
      "HCPro APCs Insider: Category III code 0232T in the 2011 CPT Manual, a platelet-rich plasma injection at any site with its image guidance, harvesting and preparation",
    edition: "2011-01-28",
    url: "http://www.hcpro.com/HIM-261882-859/QA-Reporting-platelet-rich-plasma-injection-on-Medicare-claims.html",
    confidence: "medium",
  },
  CMS_CLAIMS_MANUAL_12_30_6_7: {
    title:
      "Medicare Claims Processing Manual ch. 12 §30.6.7: a new patient has not received professional services from the physician or group, same specialty, within the previous three years",
    edition: "current",
    url: "https://www.cms.gov/regulations-and-guidance/guidance/manuals/downloads/clm104c12.pdf",
    confidence: "high",
  },
  ICD10CM_GUIDELINES_ORDER: {
    title:
      'ICD-10-CM Official Guidelines I.C.20 (external cause codes are never first-listed), I.A.12.a (Excludes1: the two conditions are never coded together) and I.A.13 (etiology/manifestation: "in diseases classified elsewhere" codes are never first-listed; code first the underlying condition)',
    edition: "FY2027",
    url: "https://www.cms.gov/medicare/coding-billing/icd-10-codes",
    confidence: "high",
  },
  ICD10CM_EXCLUDES1_FY2027: {
    title:
      "ICD-10-CM FY2027 Tabular List Excludes1 notes (packages/codesets/data/icd10cm-excludes1-2027.tsv.gz)",
    edition: "FY2027, 5,411 notes",
    url: "https://www.cms.gov/files/zip/2027-code-descriptions-tabular-order.zip",
    confidence: "high",
  },
  NDC_11_DIGIT_N4: {
    title:
      "NUCC CMS-1500 instructions, item 24 shaded area / 837P LIN and CTP: qualifier N4, the 11-digit NDC (5-4-2), unit of measure (ML, UN, GR, F2) and quantity",
    edition: "current",
    url: "https://www.nucc.org/index.php/1500-claim-form-mainmenu-35/1500-instructions-mainmenu-42",
    confidence: "medium",
  },
  DECISIONHEALTH_TPI_LCD: {
    title:
      "DecisionHealth: proposed TPI LCD (3 sessions per rolling 12 months; ultrasound guidance investigational)",
    edition: "2023",
    url: "https://pbn.decisionhealth.com/Blogs/Detail.aspx?id=201056",
    confidence: "high",
  },
  LCD_L34211_SUMMARY: {
    title:
      "LCD L34211 / L36859 summaries: non-covered indications, other blocks, different regions",
    edition: "2024",
    url: "https://verity.backworkai.com/policy/L34211",
    confidence: "medium",
  },
  BCBSA_2_01_103: {
    title:
      "BCBSA medical policy 2.01.103 Trigger Point and Tender Point Injections (as adopted, e.g. BCBS MA 604)",
    edition: "current",
    url: "https://docslib.org/doc/4176588/trigger-point-and-tender-point-injections-604",
    confidence: "medium",
  },
  NCCI_POLICY_CH1_E_M: {
    title:
      "NCCI Policy Manual ch. I §D: E/M with minor procedures (modifier 25), as quoted by McKesson",
    edition: "current",
    url: "http://www.mckesson.com/bps/blog/evaluation-and-management-service-with-procedures/",
    confidence: "high",
  },
  CMS_CLAIMS_MANUAL_12_40_1C: {
    title:
      "Medicare Claims Processing Manual ch. 12 §40.1.C: visits on the day of a minor procedure",
    edition: "current",
    url: "https://www.aapc.com/blog/27690-know-when-to-bill-em-with-a-minor-procedure/",
    confidence: "high",
  },
  CPT_SURGICAL_PACKAGE_LOCAL_ANESTHESIA: {
    title:
      "CPT surgical package: local infiltration anesthesia is included (AAPC quoting CPT and Medicare)",
    edition: "current",
    url: "https://aapc.com/codes/coding-newsletters/my-ophthalmology-coding-alert/reader-questions-avoid-j2001-for-minor-in-office-procedures-article",
    confidence: "high",
  },
  NORIDIAN_JW_JZ: {
    title: "Noridian: modifiers JW and JZ for drugs from single-dose containers; units rounded up",
    edition: "JZ required from 2023-07-01",
    url: "https://med.noridianmedicare.com/web/jeb/article-detail/-/view/10525/modifiers-jw-and-jz-for-use-with-drugs-and-biologicals-in-single-use-containers",
    confidence: "high",
  },
  DRY_NEEDLING_NOT_TPI: {
    title:
      "CPT instruction: 20552/20553 not reportable with 20560/20561 for the same muscles (Karen Zupko & Associates)",
    edition: "2020",
    url: "https://karenzupko.com/dry-needling-ortho/",
    confidence: "medium",
  },
  NCD_30_3_3: {
    title: "NCD 30.3.3 Acupuncture (incl. dry needling) for chronic low back pain",
    edition: "effective 2020-01-21",
    url: "https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=373&ncdver=1",
    confidence: "high",
  },
  CPT_IMAGING_PARENTHETICAL: {
    title:
      "CPT parenthetical after 20552-20553 directing to imaging guidance codes (AAPC forum quote)",
    edition: "2004 wording; current wording unverified",
    url: "https://aapc.com/discuss/threads/20551-for-multiple-areas.98068",
    confidence: "medium",
  },
  NCCI_PTP_2026Q3: {
    title: "CMS NCCI practitioner procedure-to-procedure edits, v322r0",
    edition: "2026 Q3, effective 2026-07-01",
    url: "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits",
    confidence: "high",
  },
  MUE_2026Q2: {
    title: "CMS NCCI practitioner services MUE table",
    edition: "2026 Q2, effective 2026-04-01",
    url: "https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medically-unlikely-edits",
    confidence: "high",
  },
  ICD10CM_FY2026: {
    title: "ICD-10-CM FY2026 code descriptions in tabular order (CDC/NCHS, CMS)",
    edition: "FY2026, 2025-10-01 to 2026-09-30",
    url: "https://www.cms.gov/files/zip/2026-code-descriptions-tabular-order.zip",
    confidence: "high",
  },
  ICD10CM_FY2027: {
    title: "ICD-10-CM FY2027 code descriptions (FY2026 order file + FY2027 addenda)",
    edition: "FY2027, 2026-10-01 to 2027-09-30",
    url: "https://www.cms.gov/files/zip/2027-code-descriptions-tabular-order.zip",
    confidence: "high",
  },
  ICD10CM_INDEX_FY2027: {
    title: "ICD-10-CM FY2027 Alphabetic Index (Syndrome, myofascial pain -> M79.18)",
    edition: "FY2027",
    url: null,
    confidence: "high",
  },
  ICD10CM_GUIDELINES_HEADERS: {
    title:
      "ICD-10-CM Official Guidelines I.A.6/I.B.1: report codes to the highest level of specificity; headers are not valid codes",
    edition: "FY2027",
    url: "https://www.cms.gov/medicare/coding-billing/icd-10-codes",
    confidence: "high",
  },
  HCPCS_2026: {
    title: "CMS HCPCS Level II annual file",
    edition: "January 2026",
    url: "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update",
    confidence: "high",
  },
  SEED_ARTICLE_SECTION_6: {
    title: "The Ultimate Guide to CPT Code for Trigger Point Injections, §6 documentation elements",
    edition: "2025-09-01",
    url: null,
    confidence: "medium",
  },
  CLAIM_FORM_POINTERS: {
    title: "CMS-1500 / 837P: up to 12 diagnoses, up to 4 diagnosis pointers per service line",
    edition: "current",
    url: "https://www.cms.gov/medicare/billing/electronicbillingeditrans/1500",
    confidence: "high",
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;
