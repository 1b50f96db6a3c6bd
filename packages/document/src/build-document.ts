import { muscleById } from "@tpi/coding";
import { PAIN_SCALE_MAX, type CodingResult, type Note, type Patient } from "@tpi/schemas";
import { codingBasis } from "./coding-basis.js";
import { formatTimestamp, pointerLetter } from "./format.js";
import type {
  AddendumInput,
  ClaimLineEntry,
  DiagnosisEntry,
  NoteDocument,
  PriorSessionRow,
  SignatureInput,
} from "./model.js";
import { muscleTable } from "./muscle-table.js";
import { narrateSections } from "./narrative/narrate.js";
import { listInWords, muscleWithSide, num } from "./narrative/words.js";
import { PLACE_OF_SERVICE_NAMES } from "./place-of-service.table.js";

export const DOCUMENT_TITLE = "Trigger point injection procedure note";
export const DRAFT_MARK = "DRAFT - not signed";

/** Everything a document is made from; the caller loads it (server store, or the web's queries). */
export interface DocumentInput {
  readonly noteId: string;
  readonly note: Note;
  readonly patient: Patient;
  /** The coding result stored at signing; for a draft, the engine's result for the note as it is. */
  readonly result: CodingResult;
  /** Null while the note is unsigned. */
  readonly signature: SignatureInput | null;
  readonly addenda: readonly AddendumInput[];
}

const SEX: Record<Patient["sex"], string> = {
  female: "Female",
  male: "Male",
  other: "Other",
  unknown: "Unknown",
};

/** The note's diagnoses in pointer order, with their titles from the stored coding result. */
function diagnoses(note: Note, result: CodingResult): DiagnosisEntry[] {
  return note.diagnoses.map((code, i) => {
    const found = result.diagnoses.find((d) => d.origin === "note" && d.code === code);
    return {
      letter: pointerLetter(i + 1),
      code,
      title: found?.title ?? "Title not found in the code set for the date of service",
    };
  });
}

function claimLines(result: CodingResult): ClaimLineEntry[] {
  return result.claimLines.map((l) => ({
    code: l.code,
    modifiers: l.modifiers,
    units: l.units,
    pointers: l.diagnosisPointers.map(pointerLetter),
    description: l.description,
  }));
}

function priorSessions(note: Note): PriorSessionRow[] {
  return note.priorSessions.map((s) => {
    const scale = s.painScale;
    const pain =
      s.painScoreBefore === null
        ? "-"
        : scale
          ? `${num(s.painScoreBefore)}/${PAIN_SCALE_MAX[scale]} (${scale})`
          : num(s.painScoreBefore);
    const relief =
      s.reliefPercent === null
        ? "-"
        : `${num(s.reliefPercent)} %` +
          (s.reliefDurationWeeks === null
            ? ""
            : ` for ${num(s.reliefDurationWeeks)} week${s.reliefDurationWeeks === 1 ? "" : "s"}`);
    const muscles =
      s.muscles.length > 0
        ? listInWords(
            s.muscles.map((m) =>
              muscleById(m.muscleId) ? muscleWithSide(m.muscleId, m.side) : m.muscleId,
            ),
          )
        : "-";
    return { date: s.date, muscles, painBefore: pain, relief };
  });
}

/**
 * Builds the document of one note: pure and deterministic (timestamps are formatted in UTC, nothing
 * reads a clock), so the server and the browser build the same document from the same inputs.
 */
export function buildDocument(input: DocumentInput): NoteDocument {
  const { note, patient, result, signature } = input;
  const profile = result.payerProfile;
  return {
    noteId: input.noteId,
    title: DOCUMENT_TITLE,
    status: signature ? "signed" : "draft",
    draftMark: signature ? null : DRAFT_MARK,
    header: {
      patient: {
        name: `${patient.familyName}, ${patient.givenName}`,
        birthDate: patient.birthDate,
        mrn: patient.mrn,
        sex: SEX[patient.sex],
      },
      dateOfService: note.dateOfService,
      placeOfService: {
        code: note.placeOfService,
        name: PLACE_OF_SERVICE_NAMES[note.placeOfService] ?? "",
      },
      renderingProvider: { ...note.renderingProvider },
      payerProfile: {
        id: note.payerProfileId,
        name: profile?.name ?? note.payerProfileId,
        version: profile?.version ?? null,
      },
    },
    // The document lists diagnoses with their titles in a section of its own.
    narrative: narrateSections(note).filter((s) => s.id !== "diagnoses"),
    muscles: muscleTable(note),
    diagnoses: diagnoses(note, result),
    claimLines: claimLines(result),
    priorSessions: priorSessions(note),
    signature: signature
      ? {
          signer: signature.signerName,
          credentials: signature.signerCredentials,
          signedAt: formatTimestamp(signature.signedAt),
          attestation: signature.attestation,
          noteHash: signature.noteHash,
        }
      : null,
    addenda: input.addenda.map((a) => ({
      author: a.authorName,
      credentials: a.authorCredentials,
      at: formatTimestamp(a.createdAt),
      reason: a.reason,
      text: a.text,
    })),
    codingBasis: codingBasis(result),
  };
}
