import { PainCharacterSchema } from "@tpi/schemas";
import type { Option } from "./fields/select-field";

/** Labels for the note's coded choices, in our own words. Values are the schema's enum members. */
export const PLACE_OF_SERVICE: Option[] = [
  { value: "11", label: "11 · Office" },
  { value: "19", label: "19 · Off-campus outpatient hospital" },
  { value: "22", label: "22 · On-campus outpatient hospital" },
  { value: "24", label: "24 · Ambulatory surgical center" },
  { value: "49", label: "49 · Independent clinic" },
  { value: "02", label: "02 · Telehealth (not for procedures)" },
];

// The chips are the schema's own members, so a new pain character needs no second list here.
export const PAIN_CHARACTER: Option[] = PainCharacterSchema.options.map((v) => ({
  value: v,
  label: v,
}));

export const PAIN_SCALE: Option[] = [
  { value: "NRS-11", label: "Numeric rating 0–10 (NRS-11)" },
  { value: "VAS-100", label: "Visual analogue 0–100 (VAS)" },
  { value: "Wong-Baker", label: "Wong-Baker faces 0–10" },
];

export const CONSERVATIVE_CARE_TYPE: Option[] = [
  { value: "physical-therapy", label: "Physical therapy" },
  { value: "home-exercise", label: "Home exercise / stretching" },
  { value: "nsaids", label: "NSAIDs" },
  { value: "muscle-relaxants", label: "Muscle relaxants" },
  { value: "heat-ice", label: "Heat / ice" },
  { value: "activity-modification", label: "Activity modification" },
  { value: "massage", label: "Massage" },
  { value: "chiropractic", label: "Chiropractic" },
  { value: "acetaminophen", label: "Acetaminophen" },
  { value: "other", label: "Other" },
];

export const CARE_RESPONSE: Option[] = [
  { value: "none", label: "No relief" },
  { value: "minimal", label: "Minimal relief" },
  { value: "partial", label: "Partial relief" },
  { value: "good", label: "Good relief" },
];

export const CONSENT_FORM: Option[] = [
  { value: "verbal", label: "Verbal" },
  { value: "written", label: "Written" },
];

export const SIDE: Option[] = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" },
  { value: "midline", label: "Midline" },
];

export const VIAL_TYPE: Option[] = [
  { value: "single-dose", label: "Single-dose vial" },
  { value: "multi-dose", label: "Multi-dose vial" },
];

export const TENDON_KIND: Option[] = [
  { value: "tendon-sheath", label: "Tendon sheath" },
  { value: "ligament", label: "Ligament" },
  { value: "aponeurosis", label: "Aponeurosis" },
  { value: "tendon-origin-insertion", label: "Tendon origin / insertion" },
];

export const SKIN_PREP: Option[] = [
  { value: "chlorhexidine", label: "Chlorhexidine" },
  { value: "alcohol", label: "Alcohol" },
  { value: "povidone-iodine", label: "Povidone-iodine" },
];

export const NEEDLE_GAUGE: Option[] = [18, 20, 21, 22, 23, 25, 26, 27, 30, 32].map((g) => ({
  value: String(g),
  label: `${g} gauge`,
}));

export const TECHNIQUE: Option[] = [
  { value: "peppering", label: "Peppering" },
  { value: "fan", label: "Fan" },
  { value: "single-pass", label: "Single pass" },
];

export const GUIDANCE: Option[] = [
  { value: "palpation", label: "Palpation (no imaging)" },
  { value: "ultrasound", label: "Ultrasound" },
  { value: "fluoroscopy", label: "Fluoroscopy" },
];

export const TOLERANCE: Option[] = [
  { value: "well", label: "Well" },
  { value: "fair", label: "Fair" },
  { value: "poorly", label: "Poorly" },
];

export const COMPLICATIONS: Option[] = [
  { value: "none", label: "None" },
  { value: "bleeding", label: "Bleeding" },
  { value: "vasovagal", label: "Vasovagal reaction" },
  { value: "other", label: "Other" },
];

export const POST_INSTRUCTIONS: Option[] = [
  { value: "stretching", label: "Stretching" },
  { value: "ice", label: "Ice" },
  { value: "heat", label: "Heat" },
  { value: "hydration", label: "Hydration" },
  { value: "activity", label: "Activity as tolerated" },
  { value: "return-precautions", label: "Return precautions" },
  { value: "follow-up", label: "Follow-up visit" },
];

export const EM_LEVEL: Option[] = [
  { value: "99202", label: "99202 · New patient, straightforward" },
  { value: "99203", label: "99203 · New patient, low" },
  { value: "99204", label: "99204 · New patient, moderate" },
  { value: "99205", label: "99205 · New patient, high" },
  { value: "99211", label: "99211 · Established, minimal" },
  { value: "99212", label: "99212 · Established, straightforward" },
  { value: "99213", label: "99213 · Established, low" },
  { value: "99214", label: "99214 · Established, moderate" },
  { value: "99215", label: "99215 · Established, high" },
];

export const CONCENTRATION_UNIT: Option[] = [
  { value: "percent", label: "%" },
  { value: "mg/mL", label: "mg/mL" },
  { value: "units/mL", label: "units/mL" },
];
