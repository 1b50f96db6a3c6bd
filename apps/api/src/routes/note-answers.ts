import type { Context } from "hono";
import { EDITABLE_STATUSES, SIGNED_STATUSES, type NoteRecord, type NoteStatus } from "@tpi/schemas";
import { forbidden } from "../auth/authorize.js";
import type { Db } from "../db/connect.js";
import type { AppEnv } from "../http/app-env.js";
import { PROBLEM_TYPES, notFound, problem } from "../http/problem.js";
import { findNote, type RefusedWrite } from "../store/notes.store.js";

/** The answers the note routes share: a note the user may read, and why a write was refused. */

export type Found = { ok: true; record: NoteRecord } | { ok: false; response: Response };

/** The note, if it exists and this user may read it: a coder reads signed notes only. */
export async function readableNote(c: Context<AppEnv>, db: Db, id: string): Promise<Found> {
  const record = await findNote(db, id);
  if (record === undefined) return { ok: false, response: notFound(c, "No note with this id.") };
  if (c.get("user").role === "coder" && !SIGNED_STATUSES.includes(record.status)) {
    return { ok: false, response: forbidden(c, "A coder reads signed notes only.") };
  }
  return { ok: true, record };
}

/** What refuses a write to this stored note before it is tried: signed, not editable, or stale. */
export function refusalBeforeWrite(
  record: NoteRecord,
  clientVersion: number,
  allowed: readonly NoteStatus[] = EDITABLE_STATUSES,
): RefusedWrite | undefined {
  if (SIGNED_STATUSES.includes(record.status)) {
    return { kind: "signed", currentVersion: record.version };
  }
  if (!allowed.includes(record.status)) {
    return { kind: "wrong-status", status: record.status, currentVersion: record.version };
  }
  if (record.version !== clientVersion) return { kind: "stale", currentVersion: record.version };
  return undefined;
}

/** The problem for a refused write. */
export function refusedWrite(
  c: Context<AppEnv>,
  refused: RefusedWrite,
  clientVersion?: number,
): Response {
  switch (refused.kind) {
    case "not-found":
      return notFound(c, "No note with this id.");
    case "signed":
      return noteSigned(c, refused.currentVersion);
    case "wrong-status":
      return problem(c, {
        type: PROBLEM_TYPES.wrongStatus,
        title: "Not possible in the note's status",
        status: 409,
        detail: `The note is ${refused.status}; this is not possible now.`,
        currentVersion: refused.currentVersion,
      });
    case "stale":
      return problem(c, {
        type: PROBLEM_TYPES.versionConflict,
        title: "Note changed since it was loaded",
        status: 409,
        detail: `You edited version ${clientVersion ?? "?"}; the note is now at version ${refused.currentVersion}. Reload it and apply your changes again.`,
        currentVersion: refused.currentVersion,
      });
  }
}

/** 409 /problems/note-signed: every attempt to change a signed note. */
export function noteSigned(c: Context<AppEnv>, currentVersion?: number): Response {
  return problem(c, {
    type: PROBLEM_TYPES.noteSigned,
    title: "Note is signed",
    status: 409,
    detail: "A signed note never changes; write an addendum instead.",
    ...(currentVersion === undefined ? {} : { currentVersion }),
  });
}
