import type { Duration } from "@tpi/schemas";

/** Date arithmetic on ISO calendar dates (UTC, no clock): the engine only compares dates it is given. */
const DAY_MS = 86_400_000;

export function daysBetween(earlier: string, later: string): number {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS,
  );
}

/** The first day of the rolling window of `months` ending on `date` (same day-of-month, months back, +1 day). */
export function windowStart(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay) + 1);
  return d.toISOString().slice(0, 10);
}

const WEEKS_PER: Record<Duration["unit"], number> = {
  days: 1 / 7,
  weeks: 1,
  months: 52 / 12,
  years: 52,
};

export function durationInWeeks(d: Duration): number {
  return d.value * WEEKS_PER[d.unit];
}
