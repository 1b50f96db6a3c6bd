import type { NarrativeSection } from "./narrative/narrate.js";

/**
 * The finished note as one document: every printed, exported or pasted form of the note (the web's
 * print view, the PDF, the plain text, the FHIR narrative) is rendered from this one value, so they
 * can never disagree. It is derived output, never parsed from outside, so it is typed here rather
 * than as a zod schema in @tpi/schemas.
 */
export interface NoteDocument {
  readonly noteId: string;
  readonly title: string;
  readonly status: "draft" | "signed";
  /** "DRAFT - not signed" on every page of an unsigned note; null once signed. */
  readonly draftMark: string | null;
  readonly header: DocumentHeader;
  /** The narrative in visit order (history, vitals, examination, ... after the procedure, E/M). */
  readonly narrative: readonly NarrativeSection[];
  readonly muscles: readonly MuscleTableRow[];
  readonly diagnoses: readonly DiagnosisEntry[];
  readonly claimLines: readonly ClaimLineEntry[];
  readonly priorSessions: readonly PriorSessionRow[];
  readonly signature: SignatureBlock | null;
  readonly addenda: readonly AddendumEntry[];
  readonly codingBasis: CodingBasis;
}

export interface DocumentHeader {
  readonly patient: {
    readonly name: string;
    readonly birthDate: string;
    readonly mrn: string;
    readonly sex: string;
  };
  readonly dateOfService: string;
  readonly placeOfService: { readonly code: string; readonly name: string };
  readonly renderingProvider: {
    readonly name: string;
    readonly credentials: string;
    readonly npi: string | null;
  };
  readonly payerProfile: {
    readonly id: string;
    readonly name: string;
    readonly version: number | null;
  };
}

/** One injectate in one muscle row; a row with several injectates gives several table rows. */
export interface MuscleTableRow {
  readonly rowId: string;
  /** "Infraspinatus" (catalog name), or the unknown id shown as it is. */
  readonly muscle: string;
  readonly side: string;
  readonly triggerPoints: number;
  /** Only the first table row of a muscle row names the muscle; the others continue it. */
  readonly continuation: boolean;
  readonly agent: string;
  readonly concentration: string;
  readonly volume: string;
  readonly dose: string;
}

export interface DiagnosisEntry {
  /** The claim pointer letter (A for the first diagnosis of the note). */
  readonly letter: string;
  readonly code: string;
  readonly title: string;
}

export interface ClaimLineEntry {
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly units: number;
  /** Pointer letters in claim order ("A", "B"). */
  readonly pointers: readonly string[];
  /** Our own plain description, never the AMA's CPT descriptor. */
  readonly description: string;
}

export interface PriorSessionRow {
  readonly date: string;
  readonly muscles: string;
  readonly painBefore: string;
  readonly relief: string;
}

export interface SignatureBlock {
  readonly signer: string;
  readonly credentials: string;
  /** "2026-11-20 16:05 UTC" */
  readonly signedAt: string;
  readonly attestation: string;
  /** SHA-256 of the canonical note JSON at signing, when the server stored one. */
  readonly noteHash: string | null;
}

export interface AddendumEntry {
  readonly author: string;
  readonly credentials: string;
  readonly at: string;
  readonly reason: string;
  readonly text: string;
}

export interface CodingBasisEntry {
  /** "20553" or "J3301-JZ" */
  readonly line: string;
  readonly rules: readonly string[];
  readonly reason: string;
  readonly sources: readonly string[];
}

export interface CodingBasis {
  readonly entries: readonly CodingBasisEntry[];
  readonly engineVersion: string;
  /** One per code set the engine reads: { name: "ICD-10-CM", version: "FY2027" }. */
  readonly codeSets: readonly { readonly name: string; readonly version: string }[];
  readonly payerProfile: string;
}

/** What the note's signature says, from wherever the server keeps it. */
export interface SignatureInput {
  readonly signerName: string;
  readonly signerCredentials: string;
  /** ISO-8601 timestamp. */
  readonly signedAt: string;
  readonly attestation: string;
  readonly noteHash: string | null;
}

/** One addendum, in the order it was written. */
export interface AddendumInput {
  readonly authorName: string;
  readonly authorCredentials: string;
  /** ISO-8601 timestamp. */
  readonly createdAt: string;
  readonly reason: string;
  readonly text: string;
}
