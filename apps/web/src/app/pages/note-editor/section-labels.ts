/** The form's name for each top-level note key (the unit a conflict is merged and decided in). */
const SECTION_LABELS: Readonly<Record<string, string>> = {
  dateOfService: "Date of service",
  payerProfileId: "Payer profile",
  placeOfService: "Place of service",
  renderingProvider: "Rendering provider",
  history: "History",
  vitals: "Vitals",
  findings: "Exam findings",
  conservativeCare: "Conservative care tried",
  consent: "Consent",
  procedure: "Procedure performed",
  diagnoses: "Diagnoses",
  sameDayEm: "Same-day E/M service",
  priorSessions: "Prior trigger point sessions",
};

export function sectionLabel(key: string): string {
  return SECTION_LABELS[key] ?? key;
}
