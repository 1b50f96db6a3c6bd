import { IsoDateSchema } from "@tpi/schemas";

/**
 * A procedure note documents what was done, so its date of service is never in the future; a date
 * long past is possible (a late entry) but more often a slip, so the form asks once. These depend on
 * today's date where the user is, which the schemas (shared with the clock-free engine) cannot know.
 */
export const LONG_PAST_DAYS = 90;

export type DateOfServiceCheck =
  { kind: "future"; message: string } | { kind: "long-past"; days: number; message: string };

function dayNumber(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** What is wrong with, or worth confirming about, a date of service; null when neither. */
export function checkDateOfService(dos: unknown, today: string): DateOfServiceCheck | null {
  if (typeof dos !== "string" || !IsoDateSchema.safeParse(dos).success) return null;
  const days = dayNumber(today) - dayNumber(dos);
  if (days < 0) {
    return {
      kind: "future",
      message: "The date of service is in the future: a procedure note records what was done",
    };
  }
  if (days > LONG_PAST_DAYS) {
    return {
      kind: "long-past",
      days,
      message: `This date is ${days} days ago. Is it the date the procedure was done?`,
    };
  }
  return null;
}
