import { BUILT_IN_PAYER_PROFILES, codeNote } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import { buildDocument, type NoteDocument, type SignatureInput } from "@tpi/document";
import type { CodingResult, NoteRecord, Patient } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import { findNote } from "../store/notes.store.js";
import { findPatient } from "../store/patients.store.js";

export interface NoteExport {
  readonly record: NoteRecord;
  readonly patient: Patient;
  /** The coding result the document prints (stored at signing, or computed now for a draft). */
  readonly result: CodingResult;
  readonly document: NoteDocument;
}

async function displayName(db: Db, userId: string): Promise<string> {
  const row = await db.kysely
    .selectFrom("users")
    .select("display_name")
    .where("id", "=", userId)
    .executeTakeFirst();
  return row?.display_name ?? userId;
}

/** The signature as the document prints it; null for a note that is not signed. */
async function signatureOf(db: Db, record: NoteRecord): Promise<SignatureInput | null> {
  if (record.status !== "signed" || record.signedAt === null || record.signedBy === null) {
    return null;
  }
  const signerName = await displayName(db, record.signedBy);
  return {
    signerName,
    // Users carry no credentials; the note records the rendering provider's, which are the
    // signer's when the signer is that provider.
    signerCredentials:
      signerName === record.note.renderingProvider.name
        ? record.note.renderingProvider.credentials
        : "",
    signedAt: record.signedAt,
    attestation: "",
    noteHash: null,
  };
}

/**
 * Loads a note with what its document needs and builds the document. A signed note prints the coding
 * result stored at signing (what was billed); a draft prints the engine's result for it as it is now.
 */
export async function loadNoteExport(db: Db, noteId: string): Promise<NoteExport | undefined> {
  const record = await findNote(db, noteId);
  if (record === undefined) return undefined;
  const patient = await findPatient(db, record.patientId);
  if (patient === undefined) return undefined;
  const signature = await signatureOf(db, record);
  const result =
    signature && record.signedResult
      ? record.signedResult
      : codeNote(record.note, {
          codeSets: loadCodeSets(),
          payerProfiles: BUILT_IN_PAYER_PROFILES,
        });
  const document = buildDocument({
    noteId: record.id,
    note: record.note,
    patient,
    result,
    signature,
    addenda: [],
  });
  return { record, patient, result, document };
}
