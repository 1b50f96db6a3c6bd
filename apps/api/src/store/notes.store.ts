import { randomUUID } from "node:crypto";
import {
  AddendumSchema,
  CarriedForwardSchema,
  CoderQuerySchema,
  CodingResultSchema,
  EDITABLE_STATUSES,
  HandOverSchema,
  NoteRecordSchema,
  NoteSchema,
  NoteSignatureSchema,
  NoteSummarySchema,
  SIGNED_STATUSES,
  type Addendum,
  type CarriedForward,
  type CoderQuery,
  type Note,
  type NoteRecord,
  type NoteStatus,
  type NoteSummary,
} from "@tpi/schemas";
import type { Kysely } from "kysely";
import type { Db } from "../db/connect.js";
import type { Database, NoteRow } from "../db/database.js";
import { diffFields } from "./field-diff.js";

const parseJson = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** Rows come back through the shared schemas too: what leaves the API always matches the contract. */
function recordFromRow(row: NoteRow, addenda: Addendum[], queries: CoderQuery[]): NoteRecord {
  return NoteRecordSchema.parse({
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    version: Number(row.version),
    note: NoteSchema.parse(JSON.parse(row.note_json)),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    signedAt: row.signed_at,
    signedBy: row.signed_by,
    signedResult:
      row.signed_result_json === null
        ? null
        : CodingResultSchema.parse(JSON.parse(row.signed_result_json)),
    carriedForward:
      row.carried_forward_json === null
        ? null
        : CarriedForwardSchema.parse(JSON.parse(row.carried_forward_json)),
    handOver:
      row.hand_over_json === null ? null : HandOverSchema.parse(parseJson(row.hand_over_json)),
    assignedPhysicianId: row.assigned_physician_id,
    signature:
      row.signature_json === null ? null : NoteSignatureSchema.parse(parseJson(row.signature_json)),
    codedAt: row.coded_at,
    codedBy: row.coded_by,
    discardedAt: row.discarded_at,
    discardedBy: row.discarded_by,
    discardReason: row.discard_reason ?? "",
    addenda,
    queries,
  });
}

/** A note's addenda in the order written, with their authors' names. */
export async function listAddenda(db: Kysely<Database>, noteId: string): Promise<Addendum[]> {
  const rows = await db
    .selectFrom("addenda")
    .innerJoin("users", "users.id", "addenda.author_id")
    .selectAll("addenda")
    .select("users.display_name")
    .where("addenda.note_id", "=", noteId)
    .orderBy("addenda.sequence")
    .execute();
  return rows.map((r) =>
    AddendumSchema.parse({
      id: r.id,
      noteId: r.note_id,
      sequence: Number(r.sequence),
      authorId: r.author_id,
      authorName: r.display_name,
      at: r.created_at,
      reason: r.reason,
      text: r.text,
      answersQueryId: r.answers_query_id,
      previousSha256: r.previous_sha256,
      sha256: r.sha256,
    }),
  );
}

/** A note's coder queries, oldest first, each with the addendum that answered it. */
export async function listQueries(db: Kysely<Database>, noteId: string): Promise<CoderQuery[]> {
  const rows = await db
    .selectFrom("coder_queries")
    .innerJoin("users", "users.id", "coder_queries.author_id")
    .selectAll("coder_queries")
    .select("users.display_name")
    .where("coder_queries.note_id", "=", noteId)
    .orderBy("coder_queries.created_at")
    .orderBy("coder_queries.id")
    .execute();
  return rows.map((r) =>
    CoderQuerySchema.parse({
      id: r.id,
      noteId: r.note_id,
      authorId: r.author_id,
      authorName: r.display_name,
      at: r.created_at,
      text: r.text,
      answeredByAddendumId: r.answered_by_addendum_id,
    }),
  );
}

export async function findNote(db: Db, id: string): Promise<NoteRecord | undefined> {
  const row = await db.kysely
    .selectFrom("notes")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const [addenda, queries] = await Promise.all([
    listAddenda(db.kysely, id),
    listQueries(db.kysely, id),
  ]);
  return recordFromRow(row, addenda, queries);
}

/** Newest date of service first; same-day notes by last change. Optionally one date of service only. */
export async function listNoteSummaries(
  db: Db,
  patientId: string,
  filter: { dateOfService?: string | undefined; statuses?: readonly NoteStatus[] } = {},
): Promise<NoteSummary[]> {
  let query = db.kysely
    .selectFrom("notes")
    .select([
      "id",
      "patient_id",
      "status",
      "version",
      "updated_at",
      "date_of_service",
      "note_json",
      "assigned_physician_id",
    ])
    .where("patient_id", "=", patientId);
  if (filter.dateOfService !== undefined) {
    query = query.where("date_of_service", "=", filter.dateOfService);
  }
  if (filter.statuses !== undefined) query = query.where("status", "in", [...filter.statuses]);
  const rows = await query
    .orderBy("date_of_service", "desc")
    .orderBy("updated_at", "desc")
    .orderBy("id")
    .execute();
  return rows.map((row) => {
    const note = NoteSchema.parse(JSON.parse(row.note_json));
    return NoteSummarySchema.parse({
      id: row.id,
      patientId: row.patient_id,
      status: row.status,
      version: Number(row.version),
      updatedAt: row.updated_at,
      dateOfService: note.dateOfService,
      muscleCount: note.procedure.muscles.length,
      payerProfileId: note.payerProfileId,
      providerName: note.renderingProvider.name,
      assignedPhysicianId: row.assigned_physician_id,
    });
  });
}

/** The patient's notes (not discarded) on one date of service: a second one is created only on purpose. */
export async function notesOnDateOfService(
  db: Db,
  patientId: string,
  dateOfService: string,
): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom("notes")
    .select("id")
    .where("patient_id", "=", patientId)
    .where("date_of_service", "=", dateOfService)
    .where("status", "!=", "discarded")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

/** Writes one row per changed field, with the version that changed it (read by the history route). */
async function recordChanges(
  trx: Kysely<Database>,
  input: {
    noteId: string;
    version: number;
    before: unknown;
    after: unknown;
    at: string;
    by: string;
  },
): Promise<void> {
  const rows = diffFields(input.before, input.after).map((d) => ({
    note_id: input.noteId,
    version: input.version,
    path: d.path,
    old_json: d.oldValue === undefined ? null : JSON.stringify(d.oldValue),
    new_json: d.newValue === undefined ? null : JSON.stringify(d.newValue),
    changed_at: input.at,
    changed_by: input.by,
  }));
  // Chunked: PostgreSQL and SQLite cap the bound parameters of one statement.
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto("note_changes")
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

export async function createNote(
  db: Db,
  input: {
    patientId: string;
    note: Note;
    carriedForward?: CarriedForward | null;
    userId: string;
    now: Date;
  },
): Promise<NoteRecord> {
  const id = randomUUID();
  const at = input.now.toISOString();
  const noteJson = JSON.stringify(input.note);
  await db.kysely.transaction().execute(async (trx) => {
    await trx
      .insertInto("notes")
      .values({
        id,
        patient_id: input.patientId,
        status: "draft",
        version: 1,
        date_of_service: input.note.dateOfService,
        note_json: noteJson,
        created_at: at,
        created_by: input.userId,
        updated_at: at,
        updated_by: input.userId,
        signed_at: null,
        signed_by: null,
        signed_result_json: null,
        carried_forward_json: input.carriedForward ? JSON.stringify(input.carriedForward) : null,
      })
      .execute();
    await trx
      .insertInto("note_versions")
      .values({
        note_id: id,
        version: 1,
        note_json: noteJson,
        saved_at: at,
        saved_by: input.userId,
      })
      .execute();
    await recordChanges(trx, {
      noteId: id,
      version: 1,
      before: undefined,
      after: input.note,
      at,
      by: input.userId,
    });
  });
  const created = await findNote(db, id);
  if (created === undefined) throw new Error("note vanished right after insert");
  return created;
}

/** Why a write to a note was not made. */
export type RefusedWrite =
  | { kind: "not-found" }
  | { kind: "signed"; currentVersion: number }
  | { kind: "wrong-status"; status: NoteStatus; currentVersion: number }
  | { kind: "stale"; currentVersion: number };

export type UpdateOutcome = { kind: "updated"; record: NoteRecord } | RefusedWrite;

/**
 * Why a guarded UPDATE matched no row: the note is missing, signed (never changes), in a status the
 * action does not apply to, or at another version than the client read.
 */
export async function whyRefused(
  trx: Kysely<Database>,
  id: string,
  allowed: readonly NoteStatus[],
): Promise<RefusedWrite> {
  const current = await trx
    .selectFrom("notes")
    .select(["status", "version"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (current === undefined) return { kind: "not-found" };
  const currentVersion = Number(current.version);
  const status = current.status as NoteStatus;
  if (SIGNED_STATUSES.includes(status)) return { kind: "signed", currentVersion };
  if (!allowed.includes(status)) return { kind: "wrong-status", status, currentVersion };
  return { kind: "stale", currentVersion };
}

/**
 * Optimistic concurrency: the UPDATE only matches an unsigned, editable note still at the client's
 * version, so two writers racing from the same version cannot both win, on either database, without
 * row locks; and no store path writes a signed note (the database triggers refuse it as well).
 * The version bump, the note_versions row and the per-field changes commit together or not at all.
 */
export async function updateNote(
  db: Db,
  input: { id: string; expectedVersion: number; note: Note; userId: string; now: Date },
): Promise<UpdateOutcome> {
  const at = input.now.toISOString();
  const noteJson = JSON.stringify(input.note);
  const outcome = await db.kysely
    .transaction()
    .execute(async (trx): Promise<RefusedWrite | "ok"> => {
      const result = await trx
        .updateTable("notes")
        .set({
          version: input.expectedVersion + 1,
          note_json: noteJson,
          date_of_service: input.note.dateOfService,
          updated_at: at,
          updated_by: input.userId,
        })
        .where("id", "=", input.id)
        .where("version", "=", input.expectedVersion)
        .where("status", "in", [...EDITABLE_STATUSES])
        .executeTakeFirst();
      if (result.numUpdatedRows !== 1n) return whyRefused(trx, input.id, EDITABLE_STATUSES);
      const previous = await trx
        .selectFrom("note_versions")
        .select("note_json")
        .where("note_id", "=", input.id)
        .where("version", "=", input.expectedVersion)
        .executeTakeFirst();
      await trx
        .insertInto("note_versions")
        .values({
          note_id: input.id,
          version: input.expectedVersion + 1,
          note_json: noteJson,
          saved_at: at,
          saved_by: input.userId,
        })
        .execute();
      await recordChanges(trx, {
        noteId: input.id,
        version: input.expectedVersion + 1,
        before: previous === undefined ? undefined : JSON.parse(previous.note_json),
        after: input.note,
        at,
        by: input.userId,
      });
      return "ok";
    });
  if (outcome !== "ok") return outcome;
  const record = await findNote(db, input.id);
  if (record === undefined) throw new Error("note vanished right after update");
  return { kind: "updated", record };
}
