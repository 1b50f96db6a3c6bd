import {
  NoteSchema,
  WorklistItemSchema,
  type CoderWorklistQuery,
  type NoteStatus,
  type Role,
  type WorklistItem,
} from "@tpi/schemas";
import type { Db } from "../db/connect.js";

type Reason = WorklistItem["reason"];

/** Notes with their patient and who started them, as worklist rows; `where` picks the notes. */
function worklistRows(db: Db) {
  return db.kysely
    .selectFrom("notes")
    .innerJoin("patients", "patients.id", "notes.patient_id")
    .innerJoin("users as creator", "creator.id", "notes.created_by")
    .select([
      "notes.id",
      "notes.patient_id",
      "notes.status",
      "notes.version",
      "notes.note_json",
      "notes.created_by",
      "notes.updated_at",
      "notes.assigned_physician_id",
      "patients.given_name",
      "patients.family_name",
      "patients.mrn",
      "creator.display_name as creator_name",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof worklistRows>["execute"]>>[number];

function toItem(row: Row, reason: Reason): WorklistItem {
  const note = NoteSchema.parse(JSON.parse(row.note_json));
  return WorklistItemSchema.parse({
    noteId: row.id,
    patientId: row.patient_id,
    patientName: `${row.family_name}, ${row.given_name}`,
    mrn: row.mrn,
    status: row.status,
    version: Number(row.version),
    dateOfService: note.dateOfService,
    payerProfileId: note.payerProfileId,
    providerName: note.renderingProvider.name,
    createdBy: row.created_by,
    createdByName: row.creator_name,
    updatedAt: row.updated_at,
    assignedPhysicianId: row.assigned_physician_id,
    reason,
  });
}

/**
 * The notes waiting for this user, most recently changed first.
 * - physician: drafts they started, and hand-overs addressed to them or to any physician;
 * - medical assistant: drafts they started, and those they started that wait for a physician.
 * Other roles have no clinical worklist (the coder's is `coderWorklist`).
 */
export async function myWorklist(
  db: Db,
  user: { id: string; role: Role },
): Promise<WorklistItem[]> {
  const draft: NoteStatus = "draft";
  const handedOver: NoteStatus = "ready-for-physician";
  if (user.role === "physician") {
    const rows = await worklistRows(db)
      .where((eb) =>
        eb.or([
          eb.and([eb("notes.status", "=", draft), eb("notes.created_by", "=", user.id)]),
          eb.and([
            eb("notes.status", "=", handedOver),
            eb.or([
              eb("notes.assigned_physician_id", "=", user.id),
              eb("notes.assigned_physician_id", "is", null),
            ]),
          ]),
        ]),
      )
      .orderBy("notes.updated_at", "desc")
      .orderBy("notes.id")
      .execute();
    return rows.map((r) =>
      toItem(
        r,
        r.status === draft
          ? "own-draft"
          : r.assigned_physician_id === user.id
            ? "handed-over-to-me"
            : "handed-over",
      ),
    );
  }
  if (user.role === "medical-assistant") {
    const rows = await worklistRows(db)
      .where("notes.created_by", "=", user.id)
      .where("notes.status", "in", [draft, handedOver])
      .orderBy("notes.updated_at", "desc")
      .orderBy("notes.id")
      .execute();
    return rows.map((r) => toItem(r, r.status === draft ? "own-draft" : "handed-over"));
  }
  return [];
}

/**
 * Signed notes not yet coded, oldest date of service first (billing deadlines run from it), filtered
 * by date of service (inclusive), rendering provider (part of the name, any case) and payer profile.
 * Provider and payer live in the note's JSON, so those two filters apply after the date range.
 */
export async function coderWorklist(db: Db, filter: CoderWorklistQuery): Promise<WorklistItem[]> {
  let query = worklistRows(db).where("notes.status", "=", "signed" satisfies NoteStatus);
  if (filter.from !== undefined) query = query.where("notes.date_of_service", ">=", filter.from);
  if (filter.to !== undefined) query = query.where("notes.date_of_service", "<=", filter.to);
  const rows = await query
    .orderBy("notes.date_of_service")
    .orderBy("notes.signed_at")
    .orderBy("notes.id")
    .execute();
  const provider = filter.provider?.toLowerCase() ?? "";
  return rows
    .map((r) => toItem(r, "signed-not-coded"))
    .filter(
      (item) =>
        (provider === "" || item.providerName.toLowerCase().includes(provider)) &&
        (filter.payerProfileId === undefined || item.payerProfileId === filter.payerProfileId),
    );
}
