import { BUILT_IN_PAYER_PROFILES, codeNote } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import { NoteSchema, type NoteInput, type Patient } from "@tpi/schemas";
import { buildDocument, type DocumentInput } from "../src/index.js";

// Loaded once when the test file is imported, so no single test pays for parsing the code sets.
const CODE_SETS = loadCodeSets();

export const PATIENT: Patient = {
  id: "p-1",
  mrn: "DEMO-0002",
  givenName: "Rowan",
  familyName: "Example",
  birthDate: "1968-04-12",
  sex: "female",
  defaultPayerProfileId: "commercial-bcbsa",
};

export const SIGNATURE = {
  signerName: "Dr. Avery Demo",
  signerCredentials: "MD",
  signedAt: "2026-11-20T16:05:09.000Z",
  attestation: "I personally performed this procedure and this note is accurate and complete.",
  noteHash: "9f2c1e0d4b7a".repeat(5) + "9f2c",
};

/** A document input for a note, coded by the real engine with the real code sets. */
export function inputFor(note: NoteInput, extra: Partial<DocumentInput> = {}): DocumentInput {
  const parsed = NoteSchema.parse(note);
  return {
    noteId: "note-1",
    note: parsed,
    patient: PATIENT,
    result: codeNote(parsed, { codeSets: CODE_SETS, payerProfiles: BUILT_IN_PAYER_PROFILES }),
    signature: null,
    addenda: [],
    ...extra,
  };
}

export const documentFor = (note: NoteInput, extra: Partial<DocumentInput> = {}) =>
  buildDocument(inputFor(note, extra));
