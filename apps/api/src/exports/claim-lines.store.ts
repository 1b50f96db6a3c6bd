import {
  CodingResultSchema,
  NoteSchema,
  NoteSignatureSchema,
  type CodingResult,
  type Note,
} from "@tpi/schemas";
import type { Db } from "../db/connect.js";

/** A signed note with what the coder's CSV needs beside its stored claim lines. */
export interface SignedNoteForCsv {
  readonly noteId: string;
  readonly mrn: string;
  readonly note: Note;
  readonly result: CodingResult;
  readonly signedBy: string;
  readonly signedAt: string;
  readonly coded: boolean;
}

/** Signed notes whose date of service is in [from, to], oldest first, with their stored results. */
export async function signedNotesInRange(
  db: Db,
  range: { from: string; to: string },
): Promise<SignedNoteForCsv[]> {
  const rows = await db.kysely
    .selectFrom("notes")
    .innerJoin("patients", "patients.id", "notes.patient_id")
    .leftJoin("users", "users.id", "notes.signed_by")
    .select([
      "notes.id as id",
      "notes.status as status",
      "notes.note_json as note_json",
      "notes.signed_at as signed_at",
      "notes.signed_result_json as signed_result_json",
      "notes.signature_json as signature_json",
      "patients.mrn as mrn",
      "users.display_name as signer",
    ])
    .where("notes.status", "in", ["signed", "coded"])
    .where("notes.date_of_service", ">=", range.from)
    .where("notes.date_of_service", "<=", range.to)
    .orderBy("notes.date_of_service")
    .orderBy("notes.id")
    .execute();
  return rows.flatMap((r) => {
    // The signature (issue 8) carries the result as signed; older rows only the result columns.
    const signature =
      r.signature_json === null ? null : NoteSignatureSchema.parse(JSON.parse(r.signature_json));
    const resultJson = r.signed_result_json;
    const result = signature
      ? signature.result
      : resultJson === null
        ? null
        : CodingResultSchema.parse(JSON.parse(resultJson));
    const signedAt = signature?.signedAt ?? r.signed_at;
    if (result === null || signedAt === null) return [];
    return [
      {
        noteId: r.id,
        mrn: r.mrn,
        note: NoteSchema.parse(JSON.parse(r.note_json)),
        result,
        signedBy: signature?.signerName ?? r.signer ?? "",
        signedAt,
        coded: r.status === "coded",
      },
    ];
  });
}
