import type { Patient } from "@tpi/schemas";

export function patientName(patient: Pick<Patient, "givenName" | "familyName">): string {
  return `${patient.familyName}, ${patient.givenName}`;
}

/** Today's date where the user is (not UTC): a note written at 19:00 in California is for today. */
export function localIsoDate(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
