import { describe, expect, test } from "vitest";
import { daysBetween, durationInWeeks, windowStart } from "../src/engine/dates.js";

/**
 * Calendar arithmetic the payer checks rest on. A rolling window of n months ending on a date of
 * service starts the day after the same day-of-month n months back (clamped to that month's last day).
 */
describe("windowStart: the first day of a rolling window", () => {
  test.each([
    ["12 months ending 2026-11-20 start 2025-11-21", "2026-11-20", 12, "2025-11-21"],
    ["ending on a month's first day", "2026-03-01", 1, "2026-02-02"],
    ["ending 2026-01-31, one month: 2026-01-01 (across the year)", "2026-01-31", 1, "2026-01-01"],
    [
      "ending 2026-03-31, one month: February has 28 days, so 2026-03-01",
      "2026-03-31",
      1,
      "2026-03-01",
    ],
    ["ending 2026-03-28, one month: 2026-03-01", "2026-03-28", 1, "2026-03-01"],
    ["ending 2026-03-27, one month: 2026-02-28", "2026-03-27", 1, "2026-02-28"],
    ["leap year: ending 2024-03-31, one month: 2024-03-01", "2024-03-31", 1, "2024-03-01"],
    ["leap year: ending 2024-03-29, one month: 2024-03-01", "2024-03-29", 1, "2024-03-01"],
    ["leap year: ending 2024-03-28, one month: 2024-02-29", "2024-03-28", 1, "2024-02-29"],
    [
      "from a leap day: 12 months ending 2024-02-29 start 2023-03-01",
      "2024-02-29",
      12,
      "2023-03-01",
    ],
    ["to a leap day: 12 months ending 2025-02-28 start 2024-02-29", "2025-02-28", 12, "2024-02-29"],
    ["36 months ending 2026-12-31 start 2024-01-01", "2026-12-31", 36, "2024-01-01"],
  ])("%s", (_name, date, months, expected) => {
    expect(windowStart(date, months)).toBe(expected);
  });

  test("12 months hold 365 days, 366 when they span a leap day (start and end both inside)", () => {
    expect(daysBetween(windowStart("2026-11-20", 12), "2026-11-20") + 1).toBe(365);
    expect(daysBetween(windowStart("2024-11-20", 12), "2024-11-20") + 1).toBe(366);
  });
});

describe("daysBetween", () => {
  test.each([
    ["same day", "2026-11-20", "2026-11-20", 0],
    ["next day", "2026-11-20", "2026-11-21", 1],
    ["across a month end", "2026-01-31", "2026-02-01", 1],
    ["across February in a common year", "2026-02-28", "2026-03-01", 1],
    ["across February in a leap year", "2024-02-28", "2024-03-01", 2],
    ["a whole leap year", "2024-01-01", "2025-01-01", 366],
    ["six weeks", "2026-10-09", "2026-11-20", 42],
    ["backwards is negative", "2026-11-21", "2026-11-20", -1],
    ["across the US daylight-saving change (UTC dates, no clock)", "2026-03-07", "2026-03-09", 2],
  ])("%s", (_name, a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe("durationInWeeks", () => {
  test.each([
    [{ value: 14, unit: "days" as const }, 2],
    [{ value: 6, unit: "weeks" as const }, 6],
    [{ value: 3, unit: "months" as const }, 13],
    [{ value: 1, unit: "years" as const }, 52],
    [{ value: 0, unit: "weeks" as const }, 0],
  ])("%o is %d weeks", (d, weeks) => {
    expect(durationInWeeks(d)).toBeCloseTo(weeks, 9);
  });
});
