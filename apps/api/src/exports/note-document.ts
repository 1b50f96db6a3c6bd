import { codeNote } from "@tpi/coding";
import { buildDocument, type NoteDocument, type SignatureInput } from "@tpi/document";
import { SIGNED_STATUSES, type CodingResult, type NoteRecord, type Patient } from "@tpi/schemas";
import { serverEngineContext } from "../coding/engine-context.js";
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

/** The signature as the document prints it; null for a note that is not signed. */
function signatureOf(record: NoteRecord): SignatureInput | null {
  const sig = record.signature;
  if (sig === null || !SIGNED_STATUSES.includes(record.status)) return null;
  return {
    signerName: sig.signerName,
    // Users carry no credentials; the note records the rendering provider's, which are the
    // signer's when the signer is that provider.
    signerCredentials:
      sig.signerName === record.note.renderingProvider.name
        ? record.note.renderingProvider.credentials
        : "",
    signedAt: sig.signedAt,
    attestation: sig.attestation,
    noteHash: sig.noteSha256,
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
  const signature = signatureOf(record);
  const result = record.signature
    ? record.signature.result
    : codeNote(record.note, await serverEngineContext(db));
  const document = buildDocument({
    noteId: record.id,
    note: record.note,
    patient,
    result,
    signature,
    addenda: record.addenda.map((a) => ({
      authorName: a.authorName,
      authorCredentials: "",
      createdAt: a.at,
      reason: a.reason,
      text: a.text,
    })),
  });
  return { record, patient, result, document };
}
