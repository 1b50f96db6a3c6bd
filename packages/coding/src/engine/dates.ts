import type { Duration } from "@tpi/schemas";

/** Date arithmetic on ISO calendar dates (UTC, no clock): the engine only compares dates it is given. */
const DAY_MS = 86_400_000;

export function daysBetween(earlier: string, later: string): number {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS,
  );
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in month `m` (1-12) of year `y`. */
const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * The first day of the rolling window of `months` ending on `date`: the same day-of-month `months`
 * back (clamped to that month's last day), plus one day. Calendar arithmetic on the digits, no Date.
 */
export function windowStart(date: string, months: number): string {
  const day = Number(date.slice(8, 10));
  const back = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - months;
  let year = Math.floor(back / 12);
  let month = back - year * 12 + 1;
  const last = daysIn(year, month);
  let start = Math.min(day, last) + 1;
  if (start > last) {
    start = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(start, 2)}`;
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
