import { ANY_DATE, type RuleDefinition } from "./rule.js";

const icd10 = { from: "2015-10-01", to: null } as const;

export const DIAGNOSIS_RULES = [
  {
    id: "DX-VALID-01",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "Each diagnosis must be a billable ICD-10-CM code in the code set in force on the date of service; a header (M79.1, M54.5) is not a code, and the billable codes under it are offered instead.",
    cite: [
      { source: "ICD10CM_GUIDELINES_HEADERS", locator: "code to the highest level of specificity" },
      { source: "ICD10CM_FY2027", locator: "billable flag" },
      { source: "ICD10CM_FY2026", locator: "billable flag" },
    ],
  },
  {
    id: "DX-VALID-02",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "A code that is not in the code set for the date of service (retired, not yet in force, or mistyped) cannot be billed; where it exists in another year's set, that is said.",
    cite: [
      { source: "ICD10CM_FY2027", locator: "FY2027 additions and deletions" },
      { source: "ICD10CM_FY2026", locator: "code list" },
    ],
  },
  {
    id: "DX-CODESET-01",
    version: 1,
    family: "diagnosis",
    effective: ANY_DATE,
    statement:
      "A date of service outside every loaded ICD-10-CM code set cannot be checked: the engine says so instead of guessing with another year.",
    cite: [{ source: "ICD10CM_FY2027", locator: "effective 2026-10-01 to 2027-09-30" }],
  },
  {
    id: "DX-REQUIRED-01",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "Every service line points to at least one diagnosis (at most four); a note with procedures and no diagnosis cannot be billed.",
    cite: [{ source: "CLAIM_FORM_POINTERS", locator: "diagnosis pointer per line, up to four" }],
  },
  {
    id: "DX-SUGGEST-01",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "Trigger points with documented findings suggest myofascial pain: M79.18 by the Alphabetic Index (Syndrome, myofascial pain), M79.12 when the muscles are all of the head and neck; never the header M79.1.",
    cite: [
      {
        source: "ICD10CM_INDEX_FY2027",
        locator:
          "Syndrome, myofascial pain -> M79.18; Myalgia, auxiliary muscles, head and neck -> M79.12",
      },
    ],
  },
  {
    id: "DX-SUGGEST-02",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "The regions of the injected muscles suggest the site-pain codes a coder may add as secondary: neck M54.2, thoracic M54.6, low back M54.50 (never the header M54.5).",
    cite: [
      {
        source: "ICD10CM_INDEX_FY2027",
        locator: "Cervicalgia -> M54.2; Pain, spine, thoracic -> M54.6; Pain, low back -> M54.50",
      },
    ],
  },
  {
    id: "DX-DUP-01",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "A diagnosis listed twice is one diagnosis: lines point to it once, and the repeat is shown so it can be removed.",
    cite: [{ source: "CLAIM_FORM_POINTERS", locator: "each pointer names one diagnosis" }],
  },
  {
    id: "DX-ORDER-01",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      "An external-cause code (V00-Y99) is never the first-listed diagnosis: it only adds how or where an injury happened.",
    cite: [
      {
        source: "ICD10CM_GUIDELINES_ORDER",
        locator:
          "I.C.20: external cause codes are never to be recorded as a first-listed diagnosis",
      },
    ],
  },
  {
    id: "DX-ORDER-02",
    version: 1,
    family: "diagnosis",
    effective: icd10,
    statement:
      'A code whose title, or its category\'s, says "diseases classified elsewhere" (a manifestation, or an organism as the cause of a disease coded elsewhere) is never the first-listed diagnosis: the Tabular says to code first the underlying condition, whose entry says "use additional code" for it. The Tabular\'s code-first and use-additional-code notes themselves are not in the loaded data, so a code that has such a note without that title is not checked.',
    cite: [
      {
        source: "ICD10CM_GUIDELINES_ORDER",
        locator:
          'I.A.13: "in diseases classified elsewhere" codes are never first-listed; the underlying condition is sequenced first',
      },
      { source: "ICD10CM_FY2027", locator: "code and category titles" },
      { source: "ICD10CM_FY2026", locator: "code and category titles" },
    ],
  },
  {
    id: "DX-EXCL1-01",
    version: 1,
    family: "diagnosis",
    effective: { from: "2026-10-01", to: "2027-09-30" },
    statement:
      "Two chosen diagnoses that an Excludes1 note separates (printed at the code, a category above it, its block or chapter) are never coded together: one of them is wrong for this patient.",
    cite: [
      {
        source: "ICD10CM_GUIDELINES_ORDER",
        locator: "I.A.12.a: Excludes1, the two conditions cannot occur together",
      },
      { source: "ICD10CM_EXCLUDES1_FY2027", locator: "the note, its place and the codes it names" },
    ],
  },
] as const satisfies readonly RuleDefinition[];
