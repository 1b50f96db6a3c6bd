import {
  NOTE_SECTIONS,
  NOTE_SECTION_IDS,
  NoteSchema,
  ROLE_ACTIONS,
  type Note,
  type NoteSectionId,
  type Role,
} from "@tpi/schemas";

/** The sections a user of this role may change in an unsigned note. */
export function editableSectionsFor(
  role: Role,
  assistantSections: readonly NoteSectionId[],
): NoteSectionId[] {
  if (!ROLE_ACTIONS[role].includes("edit")) return [];
  return role === "medical-assistant" ? [...assistantSections] : [...NOTE_SECTION_IDS];
}

/** Sections whose content differs between two parsed notes (parsed notes have a stable key order). */
export function changedSections(before: Note, after: Note): NoteSectionId[] {
  return NOTE_SECTION_IDS.filter((id) =>
    NOTE_SECTIONS[id].keys.some(
      (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    ),
  );
}

/** What a new note is compared with: blank, but on the date and payer the creator chose. */
export function blankNoteLike(note: Note): Note {
  return NoteSchema.parse({
    dateOfService: note.dateOfService,
    payerProfileId: note.payerProfileId,
  });
}

/**
 * The sections a write changes that this user may not change: compared with the stored note (or, for
 * a new note, with a blank one), so resending a section unchanged is never a refusal.
 */
export function forbiddenSectionChanges(
  role: Role,
  assistantSections: readonly NoteSectionId[],
  before: Note,
  after: Note,
): NoteSectionId[] {
  const editable = new Set(editableSectionsFor(role, assistantSections));
  return changedSections(before, after).filter((id) => !editable.has(id));
}
