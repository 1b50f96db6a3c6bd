/** A readable name for a note path in messages ("procedure.muscles.0.volumeMl" -> "Muscle row 1 · volume"). */
const WORDS: Record<string, string> = {
  dateOfService: "Date of service",
  payerProfileId: "Payer profile",
  placeOfService: "Place of service",
  renderingProvider: "Provider",
  npi: "NPI",
  history: "History",
  vitals: "Vitals",
  systolicMmHg: "systolic pressure",
  diastolicMmHg: "diastolic pressure",
  heartRatePerMin: "heart rate",
  respiratoryRatePerMin: "respiratory rate",
  temperatureF: "temperature",
  spo2Percent: "oxygen saturation",
  weightLb: "weight",
  findings: "Finding",
  conservativeCare: "Conservative care",
  consent: "Consent",
  procedure: "Procedure",
  muscles: "Muscle row",
  injectates: "injectate",
  vials: "Vial",
  tendonInjections: "Tendon injection",
  diagnoses: "Diagnosis",
  sameDayEm: "Same-day E/M",
  priorSessions: "Prior session",
  volumeMl: "volume",
  triggerPoints: "trigger points",
  concentration: "concentration",
  agentId: "agent",
  ndc: "NDC",
};

export function fieldLabel(path: string): string {
  const parts: string[] = [];
  for (const segment of path.split(".")) {
    if (/^\d+$/.test(segment)) {
      const last = parts.pop() ?? "";
      parts.push(`${last} ${Number(segment) + 1}`);
    } else {
      parts.push(WORDS[segment] ?? segment.replace(/([A-Z])/g, " $1").toLowerCase());
    }
  }
  return parts.join(" · ");
}
