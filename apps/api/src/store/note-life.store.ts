import { randomUUID } from "node:crypto";
import { sql, type Kysely } from "kysely";
import {
  EDITABLE_STATUSES,
  FieldChangeSchema,
  HandOverSchema,
  NoteSignatureSchema,
  SIGNED_STATUSES,
  type Addendum,
  type CoderQuery,
  type FieldChange,
  type NoteRecord,
  type NoteStatus,
} from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import type { Database } from "../db/database.js";
import { addendumSha256 } from "./note-hash.js";
import {
  findNote,
  listAddenda,
  listQueries,
  whyRefused,
  type RefusedWrite,
} from "./notes.store.js";

/**
 * The note's life besides writing and signing: hand-over, discard, addenda and coder queries, and the
 * per-field history. Like signing, each status change is one guarded UPDATE (the note still in a
 * status the action applies to, at the version the user read), so a racing save or a second click
 * either lands first or makes this one fail; none of them bumps the version, which counts content.
 */

async function recordAfter(db: Db, id: string): Promise<NoteRecord> {
  const record = await findNote(db, id);
  if (record === undefined) throw new Error("note vanished right after a change");
  return record;
}

/** Is this user an active physician (someone a draft can be handed over to)? */
export async function isActivePhysician(db: Db, userId: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom("users")
    .select("id")
    .where("id", "=", userId)
    .where("role", "=", "physician")
    .where("deactivated_at", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The clinic's active physicians by name. */
export async function activePhysicians(db: Db): Promise<{ id: string; displayName: string }[]> {
  const rows = await db.kysely
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("role", "=", "physician")
    .where("deactivated_at", "is", null)
    .orderBy("display_name")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name }));
}

export type LifeOutcome = { kind: "done"; record: NoteRecord } | RefusedWrite;

/** draft or ready-for-physician -> ready-for-physician, for a named physician or any (null). */
export async function handOverNote(
  db: Db,
  input: {
    id: string;
    expectedVersion: number;
    toPhysicianId: string | null;
    userId: string;
    now: Date;
  },
): Promise<LifeOutcome> {
  const handOver = HandOverSchema.parse({
    by: input.userId,
    at: input.now.toISOString(),
    toPhysicianId: input.toPhysicianId,
  });
  return guardedStatusChange(db, input.id, input.expectedVersion, EDITABLE_STATUSES, {
    status: "ready-for-physician",
    hand_over_json: JSON.stringify(handOver),
    assigned_physician_id: input.toPhysicianId,
  });
}

/** An unsigned note given up: kept with who, when and why, never deleted; read-only from then on. */
export async function discardNote(
  db: Db,
  input: { id: string; expectedVersion: number; reason: string; userId: string; now: Date },
): Promise<LifeOutcome> {
  return guardedStatusChange(db, input.id, input.expectedVersion, EDITABLE_STATUSES, {
    status: "discarded",
    discarded_at: input.now.toISOString(),
    discarded_by: input.userId,
    discard_reason: input.reason,
  });
}

async function guardedStatusChange(
  db: Db,
  id: string,
  expectedVersion: number,
  allowed: readonly NoteStatus[],
  set: {
    status: NoteStatus;
    hand_over_json?: string;
    assigned_physician_id?: string | null;
    discarded_at?: string;
    discarded_by?: string;
    discard_reason?: string;
  },
): Promise<LifeOutcome> {
  const result = await db.kysely
    .updateTable("notes")
    .set(set)
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .where("status", "in", [...allowed])
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return whyRefused(db.kysely, id, allowed);
  return { kind: "done", record: await recordAfter(db, id) };
}

/** Why an addendum or a query cannot be attached: the note is missing or not signed. */
type NotSigned =
  { kind: "not-found" } | { kind: "wrong-status"; status: NoteStatus; currentVersion: number };

async function signedNoteHead(
  trx: Kysely<Database>,
  noteId: string,
): Promise<{ ok: true; noteSha256: string } | { ok: false; refused: NotSigned }> {
  const note = await trx
    .selectFrom("notes")
    .select(["status", "version", "signature_json"])
    .where("id", "=", noteId)
    .executeTakeFirst();
  if (note === undefined) return { ok: false, refused: { kind: "not-found" } };
  const status = note.status as NoteStatus;
  if (!SIGNED_STATUSES.includes(status) || note.signature_json === null) {
    return {
      ok: false,
      refused: { kind: "wrong-status", status, currentVersion: Number(note.version) },
    };
  }
  const signature = NoteSignatureSchema.parse(JSON.parse(note.signature_json));
  return { ok: true, noteSha256: signature.noteSha256 };
}

export type AddendumOutcome =
  | { kind: "added"; addendum: Addendum }
  | NotSigned
  | { kind: "query-not-found" }
  | { kind: "query-answered"; answeredByAddendumId: string };

/**
 * Appends an addendum to a signed note: the next sequence, chained by hash to the one before (the
 * first to the note's signature hash), and if it answers a coder's query, that query is marked
 * answered by it in the same transaction. On PostgreSQL a transaction-scoped advisory lock per note
 * keeps two API processes from reading the same chain head; SQLite runs one writer. The unique
 * (note_id, sequence) constraint is the last guard: a fork fails instead of being stored.
 */
export async function addAddendum(
  db: Db,
  input: {
    noteId: string;
    authorId: string;
    reason: string;
    text: string;
    answersQueryId: string | null;
    now: Date;
  },
): Promise<AddendumOutcome> {
  const outcome = await db.kysely.transaction().execute(async (trx) => {
    if (db.kind === "postgres") {
      await sql`select pg_advisory_xact_lock(hashtext(${`tpi-note.addenda.${input.noteId}`}))`.execute(
        trx,
      );
    }
    const head = await signedNoteHead(trx, input.noteId);
    if (!head.ok) return head.refused;
    if (input.answersQueryId !== null) {
      const query = await trx
        .selectFrom("coder_queries")
        .select(["answered_by_addendum_id"])
        .where("id", "=", input.answersQueryId)
        .where("note_id", "=", input.noteId)
        .executeTakeFirst();
      if (query === undefined) return { kind: "query-not-found" as const };
      if (query.answered_by_addendum_id !== null) {
        return {
          kind: "query-answered" as const,
          answeredByAddendumId: query.answered_by_addendum_id,
        };
      }
    }
    const last = await trx
      .selectFrom("addenda")
      .select(["sequence", "sha256"])
      .where("note_id", "=", input.noteId)
      .orderBy("sequence", "desc")
      .limit(1)
      .executeTakeFirst();
    const content = {
      id: randomUUID(),
      noteId: input.noteId,
      sequence: (last === undefined ? 0 : Number(last.sequence)) + 1,
      authorId: input.authorId,
      at: input.now.toISOString(),
      reason: input.reason,
      text: input.text,
      answersQueryId: input.answersQueryId,
      previousSha256: last?.sha256 ?? head.noteSha256,
    };
    await trx
      .insertInto("addenda")
      .values({
        id: content.id,
        note_id: content.noteId,
        sequence: content.sequence,
        author_id: content.authorId,
        created_at: content.at,
        reason: content.reason,
        text: content.text,
        answers_query_id: content.answersQueryId,
        previous_sha256: content.previousSha256,
        sha256: addendumSha256(content),
      })
      .execute();
    if (input.answersQueryId !== null) {
      await trx
        .updateTable("coder_queries")
        .set({ answered_by_addendum_id: content.id })
        .where("id", "=", input.answersQueryId)
        .where("answered_by_addendum_id", "is", null)
        .execute();
    }
    return { kind: "added" as const, id: content.id };
  });
  if (outcome.kind !== "added") return outcome;
  const addendum = (await listAddenda(db.kysely, input.noteId)).find((a) => a.id === outcome.id);
  if (addendum === undefined) throw new Error("addendum vanished right after insert");
  return { kind: "added", addendum };
}

export type QueryOutcome = { kind: "sent"; query: CoderQuery } | NotSigned;

/** A coder's question about a signed (or coded) note, for the physician to answer by addendum. */
export async function addCoderQuery(
  db: Db,
  input: { noteId: string; authorId: string; text: string; now: Date },
): Promise<QueryOutcome> {
  const id = randomUUID();
  const outcome = await db.kysely.transaction().execute(async (trx) => {
    const head = await signedNoteHead(trx, input.noteId);
    if (!head.ok) return head.refused;
    await trx
      .insertInto("coder_queries")
      .values({
        id,
        note_id: input.noteId,
        author_id: input.authorId,
        created_at: input.now.toISOString(),
        text: input.text,
        answered_by_addendum_id: null,
      })
      .execute();
    return "ok" as const;
  });
  if (outcome !== "ok") return outcome;
  const query = (await listQueries(db.kysely, input.noteId)).find((q) => q.id === id);
  if (query === undefined) throw new Error("query vanished right after insert");
  return { kind: "sent", query };
}

/**
 * Every change to the field at `path` or under it (all changes without a path), oldest first: who,
 * when, the old and the new value, from the per-field log each accepted write adds to.
 */
export async function noteHistory(
  db: Db,
  noteId: string,
  path: string | undefined,
): Promise<FieldChange[]> {
  let query = db.kysely
    .selectFrom("note_changes")
    .innerJoin("users", "users.id", "note_changes.changed_by")
    .select([
      "note_changes.path",
      "note_changes.version",
      "note_changes.changed_at",
      "note_changes.changed_by",
      "note_changes.old_json",
      "note_changes.new_json",
      "users.display_name",
      "users.role",
    ])
    .where("note_changes.note_id", "=", noteId);
  if (path !== undefined && path !== "") {
    // The path itself or a path below it: "procedure.muscles.1" but not "procedure.muscles.10".
    const below = `${path}.`;
    query = query.where((eb) =>
      eb.or([
        eb("note_changes.path", "=", path),
        eb(sql<string>`substr(note_changes.path, 1, ${below.length})`, "=", below),
      ]),
    );
  }
  const rows = await query.orderBy("note_changes.version").orderBy("note_changes.path").execute();
  const json = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
  return rows.map((r) =>
    FieldChangeSchema.parse({
      path: r.path,
      version: Number(r.version),
      at: r.changed_at,
      userId: r.changed_by,
      displayName: r.display_name,
      role: r.role,
      oldValue: json(r.old_json),
      newValue: json(r.new_json),
    }),
  );
}
