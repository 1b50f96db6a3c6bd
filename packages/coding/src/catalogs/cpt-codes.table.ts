/**
 * CPT codes the app can suggest, with OUR OWN plain-language descriptions. CPT descriptor text belongs to
 * the AMA and must never appear here; the UI shows these instead (coding-rules.md conventions).
 *
 * This shape is engine-internal display data with no counterpart in @tpi/schemas, so it is typed here.
 */

export type CptFamily =
  | "tendon-injection"
  | "trigger-point-injection"
  | "dry-needling"
  | "imaging-guidance"
  | "biologic-injection"
  | "em-new-patient"
  | "em-established-patient";

export interface CptCodeInfo {
  readonly code: string;
  /** Our plain description for clinicians and coders (not the AMA descriptor). */
  readonly description: string;
  readonly family: CptFamily;
  /** MPFS global period in days when we know it; null when it does not apply or is not yet confirmed. */
  readonly globalDays: 0 | 10 | 90 | null;
  /** Where the global period comes from, or why it is null. */
  readonly globalNote: string;
}

const TO_CONFIRM = "Not confirmed in our sources: take it from the MPFS PPRRVU file.";
const NO_GLOBAL = "Not a surgical procedure: the global-period concept does not apply.";

export const CPT_CODES: readonly CptCodeInfo[] = [
  {
    code: "20550",
    description:
      "Injection into one tendon sheath, ligament or aponeurosis (such as the plantar fascia)",
    family: "tendon-injection",
    globalDays: null,
    globalNote: TO_CONFIRM,
  },
  {
    code: "20551",
    description: "Injection at one tendon origin or insertion",
    family: "tendon-injection",
    globalDays: null,
    globalNote: TO_CONFIRM,
  },
  {
    code: "20552",
    description: "Trigger point injection(s) in one or two muscles, once per session",
    family: "trigger-point-injection",
    globalDays: 0,
    globalNote:
      "0 days (Medium confidence: secondary sources, coding-rules.md §5); verify in the MPFS PPRRVU file.",
  },
  {
    code: "20553",
    description: "Trigger point injection(s) in three or more muscles, once per session",
    family: "trigger-point-injection",
    globalDays: 0,
    globalNote:
      "0 days (Medium confidence: secondary sources, coding-rules.md §5); verify in the MPFS PPRRVU file.",
  },
  {
    code: "20560",
    description: "Dry needling, nothing injected, in one or two muscles",
    family: "dry-needling",
    globalDays: null,
    globalNote: TO_CONFIRM,
  },
  {
    code: "20561",
    description: "Dry needling, nothing injected, in three or more muscles",
    family: "dry-needling",
    globalDays: null,
    globalNote: TO_CONFIRM,
  },
  {
    code: "76942",
    description: "Ultrasound used to guide the needle, with images recorded and interpreted",
    family: "imaging-guidance",
    globalDays: null,
    globalNote: NO_GLOBAL,
  },
  {
    code: "77002",
    description: "Fluoroscopy used to guide the needle, reported with the procedure it guides",
    family: "imaging-guidance",
    globalDays: null,
    globalNote: NO_GLOBAL,
  },
  {
    // A Category III (tracking) code: five characters ending in T.
    code: "0232T",
    description:
      "Platelet-rich plasma injected, at any site, once per session, with the blood draw, its preparation and any image guidance",
    family: "biologic-injection",
    globalDays: null,
    globalNote: TO_CONFIRM,
  },
  ...(
    [
      ["99202", "straightforward", 15],
      ["99203", "low-complexity", 30],
      ["99204", "moderate-complexity", 45],
      ["99205", "high-complexity", 60],
    ] as const
  ).map(([code, mdm, minutes]) => ({
    code,
    description: `Office visit, new patient: ${mdm} decision-making, or at least ${minutes} minutes in total that day`,
    family: "em-new-patient" as const,
    globalDays: null,
    globalNote: NO_GLOBAL,
  })),
  {
    code: "99211",
    description:
      "Office visit, established patient, that need not involve a physician or other qualified professional (such as a nurse visit)",
    family: "em-established-patient",
    globalDays: null,
    globalNote: NO_GLOBAL,
  },
  ...(
    [
      ["99212", "straightforward", 10],
      ["99213", "low-complexity", 20],
      ["99214", "moderate-complexity", 30],
      ["99215", "high-complexity", 40],
    ] as const
  ).map(([code, mdm, minutes]) => ({
    code,
    description: `Office visit, established patient: ${mdm} decision-making, or at least ${minutes} minutes in total that day`,
    family: "em-established-patient" as const,
    globalDays: null,
    globalNote: NO_GLOBAL,
  })),
];

const BY_CODE: ReadonlyMap<string, CptCodeInfo> = new Map(CPT_CODES.map((c) => [c.code, c]));

/** Our catalog entry for a CPT code, or undefined for a code we do not describe. */
export function cptCodeInfo(code: string): CptCodeInfo | undefined {
  return BY_CODE.get(code);
}

/** Our plain description of a CPT code, or undefined (the caller falls back, e.g. to the HCPCS file). */
export function cptPlainDescription(code: string): string | undefined {
  return BY_CODE.get(code)?.description;
}
