import { BUILT_IN_PAYER_PROFILES, codeNote } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import { createHash } from "node:crypto";
import { NoteSignatureSchema, type NoteRecord } from "@tpi/schemas";
import type { TestServer } from "../support/test-server.js";

// Parsed when the test file loads: parsing them inside a test leaves the HTTP client's kept-alive
// connection idle past the server's keep-alive timeout, and the next request meets a closed socket.
const CODE_SETS = loadCodeSets();

/**
 * Marks a draft signed in the database the way signing stores it (status, signer, time, the engine's
 * result). Test set-up only, for the export tests, which need signed notes whatever the signing
 * route's own rules are.
 */
export async function markSigned(
  server: TestServer,
  record: NoteRecord,
  signerEmail: string,
  at: string,
): Promise<void> {
  const db = server.running.db.kysely;
  const signer = await db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("email", "=", signerEmail)
    .executeTakeFirstOrThrow();
  const result = codeNote(record.note, {
    codeSets: CODE_SETS,
    payerProfiles: BUILT_IN_PAYER_PROFILES,
  });
  const signature = NoteSignatureSchema.parse({
    signedBy: signer.id,
    signerName: signer.display_name,
    signedAt: at,
    attestation: "I personally performed the procedure documented in this note.",
    noteSha256: createHash("sha256").update(JSON.stringify(record.note)).digest("hex"),
    engineVersion: result.engineVersion,
    rules: [],
    codeSets: result.codeSets,
    payerProfile: result.payerProfile
      ? { id: result.payerProfile.id, version: result.payerProfile.version }
      : null,
    result,
  });
  await db
    .updateTable("notes")
    .set({
      status: "signed",
      signed_at: at,
      signed_by: signer.id,
      signed_result_json: JSON.stringify(result),
      signature_json: JSON.stringify(signature),
    })
    .where("id", "=", record.id)
    .execute();
}
