// The document's shape is NoteDocumentSchema in @tpi/schemas (the web parses it from the API);
// these are the inputs the server or a test hands to buildDocument.
export type {
  NoteDocument,
  DocumentHeader,
  MuscleTableRow,
  DiagnosisEntry,
  ClaimLineEntry,
  PriorSessionRow,
  SignatureBlock,
  AddendumEntry,
  CodingBasis,
  CodingBasisEntry,
} from "@tpi/schemas";

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
