import { z } from "zod/mini";
import { NoteSchema } from "@tpi/schemas";

/**
 * Changes the server has not acknowledged yet, kept in the browser (localStorage) so a reload, a closed
 * tab or a crash loses nothing. One entry per user and note; the entry names both, and a read checks
 * them, so one user's changes are never offered to another. Sign-out clears every entry.
 *
 * localStorage rather than IndexedDB: a note is a few kilobytes, and a synchronous write is what the
 * page can still do while it is being closed (pagehide).
 */
const PREFIX = "tpi-note.unsaved.v1:";

/** What is kept: the form's values, and the server version (and its note) they were made on. */
export const LocalDraftSchema = z.object({
  userId: z.string(),
  noteId: z.string(),
  /** The version the changes were made on: the base of the merge if the server moved on since. */
  version: z.number().check(z.int(), z.minimum(1)),
  base: NoteSchema,
  /** The form's values as typed (they may not be a valid note yet: a half-typed field). */
  values: z.record(z.string(), z.unknown()),
  /** When they were kept (ISO 8601). */
  keptAt: z.string(),
});
export type LocalDraft = z.infer<typeof LocalDraftSchema>;

function keyOf(userId: string, noteId: string): string {
  return `${PREFIX}${encodeURIComponent(userId)}:${encodeURIComponent(noteId)}`;
}

/** Set by a sign-out: nothing is kept until someone signs in again (a late save must not re-add). */
let signedOut = false;

/** Keeps the draft; false when the browser refused (storage full or disabled) or nobody is signed in. */
export function keepDraft(storage: Storage, draft: LocalDraft): boolean {
  if (signedOut) return false;
  try {
    storage.setItem(keyOf(draft.userId, draft.noteId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** This user's kept changes to this note, or null (none, unreadable, or not this user's). */
export function readDraft(storage: Storage, userId: string, noteId: string): LocalDraft | null {
  let raw: string | null;
  try {
    raw = storage.getItem(keyOf(userId, noteId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = LocalDraftSchema.safeParse(json);
  if (!parsed.success) return null;
  const draft = parsed.data;
  return draft.userId === userId && draft.noteId === noteId ? draft : null;
}

export function dropDraft(storage: Storage, userId: string, noteId: string): void {
  try {
    storage.removeItem(keyOf(userId, noteId));
  } catch {
    // Storage disabled: there is nothing kept to drop.
  }
}

/**
 * Removes kept changes: every user's (sign-out), or everyone's but `keepUserId` (a sign-in, so the
 * previous user's changes do not linger on a shared computer).
 */
export function dropDrafts(storage: Storage, keepUserId?: string): void {
  try {
    const keep = keepUserId === undefined ? null : `${PREFIX}${encodeURIComponent(keepUserId)}:`;
    const doomed: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX) && (keep === null || !key.startsWith(keep))) doomed.push(key);
    }
    for (const key of doomed) storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** Sign-out: every kept change goes, and nothing is kept until the next sign-in. */
export function forgetDraftsOnSignOut(storage: Storage | null = browserStorage()): void {
  signedOut = true;
  if (storage) dropDrafts(storage);
}

/** Sign-in: kept changes of anyone else who used this browser go; this user's stay for restoring. */
export function keepOnlyDraftsOf(userId: string, storage: Storage | null = browserStorage()): void {
  signedOut = false;
  if (storage) dropDrafts(storage, userId);
}

/** The browser's localStorage, or null where it is unavailable (some private modes, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
