import { z } from "zod/mini";

/**
 * The finished note as one document (built by @tpi/document's buildDocument). Every printed,
 * exported or pasted form of the note is rendered from it: the web's print view (which receives it
 * from GET /api/notes/:id/document), the PDF, the plain text and the FHIR narrative, so they can
 * never disagree.
 */

const NarrativeSectionSchema = z.object({
  id: z.enum([
    "history",
    "vitals",
    "findings",
    "conservative-care",
    "consent",
    "procedure",
    "post-procedure",
    "em",
    "diagnoses",
  ]),
  heading: z.string(),
  text: z.string(),
});

export const DocumentHeaderSchema = z.object({
  patient: z.object({
    name: z.string(),
    birthDate: z.string(),
    mrn: z.string(),
    sex: z.string(),
  }),
  dateOfService: z.string(),
  placeOfService: z.object({ code: z.string(), name: z.string() }),
  renderingProvider: z.object({
    name: z.string(),
    credentials: z.string(),
    npi: z.nullable(z.string()),
  }),
  payerProfile: z.object({ id: z.string(), name: z.string(), version: z.nullable(z.number()) }),
});

/** One injectate in one muscle row; a row with several injectates gives several table rows. */
export const MuscleTableRowSchema = z.object({
  rowId: z.string(),
  muscle: z.string(),
  side: z.string(),
  triggerPoints: z.number(),
  /** Only the first table row of a muscle row names the muscle; the others continue it. */
  continuation: z.boolean(),
  agent: z.string(),
  concentration: z.string(),
  volume: z.string(),
  dose: z.string(),
});

export const DiagnosisEntrySchema = z.object({
  /** The claim pointer letter (A for the first diagnosis of the note). */
  letter: z.string(),
  code: z.string(),
  title: z.string(),
});

export const ClaimLineEntrySchema = z.object({
  code: z.string(),
  modifiers: z.array(z.string()),
  units: z.number(),
  /** Pointer letters in claim order ("A", "B"). */
  pointers: z.array(z.string()),
  /** Our own plain description, never the AMA's CPT descriptor. */
  description: z.string(),
});

export const PriorSessionRowSchema = z.object({
  date: z.string(),
  muscles: z.string(),
  painBefore: z.string(),
  relief: z.string(),
});

export const SignatureBlockSchema = z.object({
  signer: z.string(),
  credentials: z.string(),
  /** "2026-11-20 16:05 UTC" */
  signedAt: z.string(),
  attestation: z.string(),
  /** SHA-256 of the canonical note JSON at signing, when the server stored one. */
  noteHash: z.nullable(z.string()),
});

export const AddendumEntrySchema = z.object({
  author: z.string(),
  credentials: z.string(),
  at: z.string(),
  reason: z.string(),
  text: z.string(),
});

export const CodingBasisSchema = z.object({
  entries: z.array(
    z.object({
      /** "20553" or "J3301-JZ" */
      line: z.string(),
      rules: z.array(z.string()),
      reason: z.string(),
      sources: z.array(z.string()),
    }),
  ),
  engineVersion: z.string(),
  codeSets: z.array(z.object({ name: z.string(), version: z.string() })),
  payerProfile: z.string(),
});

export const NoteDocumentSchema = z.object({
  noteId: z.string(),
  title: z.string(),
  status: z.enum(["draft", "signed"]),
  /** "DRAFT - not signed" on every page of an unsigned note; null once signed. */
  draftMark: z.nullable(z.string()),
  header: DocumentHeaderSchema,
  /** The narrative in visit order. */
  narrative: z.array(NarrativeSectionSchema),
  muscles: z.array(MuscleTableRowSchema),
  diagnoses: z.array(DiagnosisEntrySchema),
  claimLines: z.array(ClaimLineEntrySchema),
  priorSessions: z.array(PriorSessionRowSchema),
  signature: z.nullable(SignatureBlockSchema),
  addenda: z.array(AddendumEntrySchema),
  codingBasis: CodingBasisSchema,
});
export type NoteDocument = z.infer<typeof NoteDocumentSchema>;
export type DocumentHeader = z.infer<typeof DocumentHeaderSchema>;
export type MuscleTableRow = z.infer<typeof MuscleTableRowSchema>;
export type DiagnosisEntry = z.infer<typeof DiagnosisEntrySchema>;
export type ClaimLineEntry = z.infer<typeof ClaimLineEntrySchema>;
export type PriorSessionRow = z.infer<typeof PriorSessionRowSchema>;
export type SignatureBlock = z.infer<typeof SignatureBlockSchema>;
export type AddendumEntry = z.infer<typeof AddendumEntrySchema>;
export type CodingBasis = z.infer<typeof CodingBasisSchema>;
export type CodingBasisEntry = CodingBasis["entries"][number];
