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

// One formatter of each kind for the page's life: toLocaleTimeString with options builds a new
// Intl.DateTimeFormat on every call, which a profile of a cold note open found among the top costs
// (the save indicator and each section badge call it on every render).
const TIME = new Intl.DateTimeFormat([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DATE = new Intl.DateTimeFormat([]);

/** "10:42" today (24-hour, where the user is), the date and time on another day. */
export function shortTime(iso: string, today: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = TIME.format(at);
  return at.toDateString() === today.toDateString() ? time : `${DATE.format(at)} ${time}`;
}
