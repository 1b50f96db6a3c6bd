import { NoteProvenanceSchema, NoteSchema, RoleSchema, type NoteProvenance } from "@tpi/schemas";
import type { Db } from "../db/connect.js";

/**
 * Who last changed each top-level section of a note, worked out from the stored versions: a section
 * belongs to the author of the latest version whose JSON for it differs from the version before.
 * Version 1 is the first author of every section it filled; a section still empty and never
 * changed has no author (absent), so "pre-filled by" is only claimed for real content.
 * undefined when the note does not exist.
 */
export async function findNoteProvenance(
  db: Db,
  noteId: string,
): Promise<NoteProvenance | undefined> {
  const rows = await db.kysely
    .selectFrom("note_versions")
    .innerJoin("users", "users.id", "note_versions.saved_by")
    .select([
      "note_versions.version",
      "note_versions.note_json",
      "note_versions.saved_at",
      "note_versions.saved_by",
      "users.display_name",
      "users.role",
    ])
    .where("note_versions.note_id", "=", noteId)
    .orderBy("note_versions.version")
    .execute();
  if (rows.length === 0) return undefined;

  const sections: NoteProvenance["sections"] = {};
  let previous: Record<string, string> | null = null;
  for (const row of rows) {
    const current = sectionJson(row.note_json);
    for (const [key, json] of Object.entries(current)) {
      const changed = previous === null ? !isEmptyJson(key, json) : previous[key] !== json;
      if (changed) {
        sections[key] = {
          userId: row.saved_by,
          displayName: row.display_name,
          role: RoleSchema.parse(row.role),
          at: row.saved_at,
          version: Number(row.version),
        };
      }
    }
    previous = current;
  }
  return NoteProvenanceSchema.parse({ sections });
}

/** Each top-level key's value as canonical JSON (stored notes are written from parsed NoteSchema, so key order is stable). */
function sectionJson(noteJson: string): Record<string, string> {
  const note = JSON.parse(noteJson) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(note).map(([k, v]) => [k, JSON.stringify(v ?? null)]));
}

/** Each section as a blank note has it (guidance "palpation", place of service "11", ...). */
const BLANK_SECTIONS = sectionJson(
  JSON.stringify(
    NoteSchema.parse({ dateOfService: "2000-01-01", payerProfileId: "medicare-lcd-2024" }),
  ),
);

/** Empty for provenance: nothing a person typed (the blank default, or null, "", [], false, or objects of only those). */
function isEmptyJson(key: string, json: string): boolean {
  if (BLANK_SECTIONS[key] === json) return true;
  const isEmpty = (v: unknown): boolean =>
    v === null ||
    v === "" ||
    v === false ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === "object" && !Array.isArray(v) && Object.values(v).every(isEmpty));
  return isEmpty(JSON.parse(json) as unknown);
}
