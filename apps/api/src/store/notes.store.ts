import { randomUUID } from "node:crypto";
import {
  CarriedForwardSchema,
  CodingResultSchema,
  NoteRecordSchema,
  NoteSchema,
  NoteSummarySchema,
  type CarriedForward,
  type Note,
  type NoteRecord,
  type NoteSummary,
} from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import type { NoteRow } from "../db/database.js";

/** Rows come back through the shared schemas too: what leaves the API always matches the contract. */
function recordFromRow(row: NoteRow): NoteRecord {
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
  });
}

export async function findNote(db: Db, id: string): Promise<NoteRecord | undefined> {
  const row = await db.kysely
    .selectFrom("notes")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? undefined : recordFromRow(row);
}

/** Newest date of service first; same-day notes by last change. */
export async function listNoteSummaries(db: Db, patientId: string): Promise<NoteSummary[]> {
  const rows = await db.kysely
    .selectFrom("notes")
    .select(["id", "patient_id", "status", "version", "updated_at", "date_of_service", "note_json"])
    .where("patient_id", "=", patientId)
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
    });
  });
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
  });
  const created = await findNote(db, id);
  if (created === undefined) throw new Error("note vanished right after insert");
  return created;
}

export type UpdateOutcome =
  | { kind: "updated"; record: NoteRecord }
  | { kind: "not-found" }
  | { kind: "signed"; currentVersion: number }
  | { kind: "stale"; currentVersion: number };

/**
 * Optimistic concurrency: the UPDATE only matches a draft still at the client's version, so two
 * writers racing from the same version cannot both win, on either database, without row locks.
 * The version bump and the note_versions row commit together or not at all.
 */
export async function updateNote(
  db: Db,
  input: { id: string; expectedVersion: number; note: Note; userId: string; now: Date },
): Promise<UpdateOutcome> {
  const at = input.now.toISOString();
  const noteJson = JSON.stringify(input.note);
  const outcome = await db.kysely
    .transaction()
    .execute(async (trx): Promise<UpdateOutcome | "ok"> => {
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
        .where("status", "=", "draft")
        .executeTakeFirst();
      if (result.numUpdatedRows === 1n) {
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
        return "ok";
      }
      const current = await trx
        .selectFrom("notes")
        .select(["status", "version"])
        .where("id", "=", input.id)
        .executeTakeFirst();
      if (current === undefined) return { kind: "not-found" };
      const currentVersion = Number(current.version);
      return current.status === "signed"
        ? { kind: "signed", currentVersion }
        : { kind: "stale", currentVersion };
    });
  if (outcome !== "ok") return outcome;
  const record = await findNote(db, input.id);
  if (record === undefined) throw new Error("note vanished right after update");
  return { kind: "updated", record };
}
