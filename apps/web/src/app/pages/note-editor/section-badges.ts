import type { NoteProvenance, SectionAuthor } from "@tpi/schemas";
import { getNoteProvenance } from "../../../features/api/note-provenance";
import { roleLabel } from "../../role-label";
import { shortTime } from "../../../shared/format";

/** The form's "Patient and encounter" section holds these top-level note keys. */
const SECTION_KEYS: Record<string, readonly string[]> = {
  encounter: ["dateOfService", "payerProfileId", "placeOfService", "renderingProvider"],
};

/**
 * Loaded lazily (off the note route's first download): the "Pre-filled by" text per form section
 * (its path), only for sections someone other than the signed-in user wrote last.
 */
export async function loadSectionBadges(
  noteId: string,
  currentUserId: string,
): Promise<Record<string, string>> {
  const provenance = await getNoteProvenance(noteId);
  const badges: Record<string, string> = {};
  for (const section of ["encounter", ...Object.keys(provenance.sections)]) {
    const text = badgeText(provenance, section, currentUserId);
    if (text !== null) badges[section] = text;
  }
  return badges;
}

export function badgeText(
  provenance: NoteProvenance,
  sectionPath: string,
  currentUserId: string,
): string | null {
  const keys = SECTION_KEYS[sectionPath] ?? [sectionPath];
  let last: SectionAuthor | undefined;
  for (const key of keys) {
    const author = provenance.sections[key];
    if (author && (!last || author.version > last.version)) last = author;
  }
  if (!last || last.userId === currentUserId) return null;
  return `Pre-filled by ${last.displayName} (${roleLabel(last.role).toLowerCase()}), ${shortTime(last.at)}`;
}
