import { CASE_1_SIMPLE_NECK } from "@tpi/fixtures";
import type { NoteInput } from "@tpi/schemas";

/**
 * A note complete enough to sign under the Medicare LCD profile (case study 1: consent, named muscle
 * with injectate, the LCD's documentation), on the given date of service.
 */
export function signableNote(dateOfService = "2026-11-20"): NoteInput {
  return { ...CASE_1_SIMPLE_NECK.note, dateOfService };
}
