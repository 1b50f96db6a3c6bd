/**
 * The payer profiles the form offers until GET /api/payer-profiles exists. Ids match the engine's
 * payer-profile data; labels are ours.
 */
export const PAYER_PROFILE_OPTIONS = [
  { id: "medicare-lcd-2024", label: "Medicare (MAC with the 2024 TPI LCD)" },
  { id: "medicare-no-lcd", label: "Medicare (no TPI LCD)" },
  { id: "commercial-bcbsa", label: "Commercial (BCBSA-style policy)" },
] as const;

export function payerProfileLabel(id: string): string {
  return PAYER_PROFILE_OPTIONS.find((o) => o.id === id)?.label ?? id;
}
