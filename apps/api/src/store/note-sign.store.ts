import { EDITABLE_STATUSES, type NoteRecord, type NoteSignature } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import { findNote, whyRefused, type RefusedWrite } from "./notes.store.js";

export type SignOutcome = { kind: "signed"; record: NoteRecord } | RefusedWrite;

/**
 * Locks the note: one UPDATE that matches only an unsigned note at the version the physician read,
 * so a save racing the signature either lands before it (and the signature fails as stale) or fails.
 * From here on the database triggers refuse every change but signed -> coded.
 */
export async function signNote(
  db: Db,
  input: { id: string; expectedVersion: number; signature: NoteSignature; userId: string },
): Promise<SignOutcome> {
  const outcome = await db.kysely.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("notes")
      .set({
        status: "signed",
        signed_at: input.signature.signedAt,
        signed_by: input.userId,
        signed_result_json: JSON.stringify(input.signature.result),
        signature_json: JSON.stringify(input.signature),
      })
      .where("id", "=", input.id)
      .where("version", "=", input.expectedVersion)
      .where("status", "in", [...EDITABLE_STATUSES])
      .executeTakeFirst();
    return result.numUpdatedRows === 1n ? "ok" : whyRefused(trx, input.id, EDITABLE_STATUSES);
  });
  if (outcome !== "ok") return outcome;
  const record = await findNote(db, input.id);
  if (record === undefined) throw new Error("note vanished right after signing");
  return { kind: "signed", record };
}

export type CodedOutcome = { kind: "coded"; record: NoteRecord } | RefusedWrite;

/** signed -> coded: the one change a signed note may undergo (the triggers allow exactly this). */
export async function markCoded(
  db: Db,
  input: { id: string; userId: string; now: Date },
): Promise<CodedOutcome> {
  const result = await db.kysely
    .updateTable("notes")
    .set({ status: "coded", coded_at: input.now.toISOString(), coded_by: input.userId })
    .where("id", "=", input.id)
    .where("status", "=", "signed")
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    const refused = await whyRefused(db.kysely, input.id, ["signed"]);
    // For marking coded, "signed" is the required state; a coded note is already past it.
    if (refused.kind === "signed" || refused.kind === "stale") {
      return { kind: "wrong-status", status: "coded", currentVersion: refused.currentVersion };
    }
    return refused;
  }
  const record = await findNote(db, input.id);
  if (record === undefined) throw new Error("note vanished right after coding");
  return { kind: "coded", record };
}
