import { z } from "zod/mini";
import { NoteSchema } from "./note.js";
import { CodingResultSchema } from "./result.js";
import { IdSchema, IsoDateSchema, RecordIdSchema, RecordVersionSchema } from "./primitives.js";
import {
  AddendumSchema,
  CoderQuerySchema,
  HandOverSchema,
  NoteSignatureSchema,
  NoteStatusSchema,
  PermissionsSchema,
  RoleSchema,
  SignBlockersSchema,
} from "./note-life.js";

/** The API contract: request and response bodies, shared by the server (validation) and the web client (parsing). */

// Roles and statuses live with the note's life (note-life.ts); re-exported for modules importing them here.
export { NoteStatusSchema, RoleSchema, type NoteStatus, type Role } from "./note-life.js";

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;

/** GET /api/session/me: the user, and what their role lets them do (controls to show or disable). */
export const SessionMeSchema = z.extend(UserSchema, { permissions: PermissionsSchema });
export type SessionMe = z.infer<typeof SessionMeSchema>;

export const SignInRequestSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.email("Enter an email address")),
  password: z.string().check(z.minLength(1, "Enter the password"), z.maxLength(200)),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const PatientSchema = z.object({
  id: z.string(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: IsoDateSchema,
  sex: z.enum(["female", "male", "other", "unknown"]),
  defaultPayerProfileId: IdSchema,
});
export type Patient = z.infer<typeof PatientSchema>;

/** What a copy-forward filled from an earlier note: field paths ("history.location") for the form to mark. */
export const CarriedForwardSchema = z.object({
  fromNoteId: RecordIdSchema,
  paths: z.array(RecordIdSchema).check(z.maxLength(200)),
});
export type CarriedForward = z.infer<typeof CarriedForwardSchema>;

export const NoteRecordSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  status: NoteStatusSchema,
  /** Increases by one on every accepted write; a write naming an older version is a conflict (409). */
  version: RecordVersionSchema,
  note: NoteSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  signedAt: z.nullable(z.string()),
  signedBy: z.nullable(z.string()),
  /** The engine's result, stored when the note is signed. */
  signedResult: z.nullable(CodingResultSchema),
  /** Set when the note was created by copy-forward; null (or absent from older servers) otherwise. */
  carriedForward: z._default(z.nullable(CarriedForwardSchema), null),
  /** Who handed the draft over, and to which physician (null: not handed over). */
  handOver: z._default(z.nullable(HandOverSchema), null),
  /** The physician the note waits for (set by a hand-over); null = any physician. */
  assignedPhysicianId: z._default(z.nullable(z.string()), null),
  /** Everything the signature stands for; null until signed. signedResult is its result. */
  signature: z._default(z.nullable(NoteSignatureSchema), null),
  codedAt: z._default(z.nullable(z.string()), null),
  codedBy: z._default(z.nullable(z.string()), null),
  discardedAt: z._default(z.nullable(z.string()), null),
  discardedBy: z._default(z.nullable(z.string()), null),
  discardReason: z._default(z.string(), ""),
  /** Addenda in the order written (each chained by hash to the one before). */
  addenda: z._default(z.array(AddendumSchema), []),
  /** The coder's queries, oldest first, each with the addendum that answered it. */
  queries: z._default(z.array(CoderQuerySchema), []),
});
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

export const NoteSummarySchema = z.extend(
  z.pick(NoteRecordSchema, {
    id: true,
    patientId: true,
    status: true,
    version: true,
    updatedAt: true,
  }),
  {
    dateOfService: IsoDateSchema,
    muscleCount: z.number().check(z.int()),
    payerProfileId: z._default(z.string(), ""),
    providerName: z._default(z.string(), ""),
    assignedPhysicianId: z._default(z.nullable(z.string()), null),
  },
);
export type NoteSummary = z.infer<typeof NoteSummarySchema>;

export const CreateNoteRequestSchema = z.object({
  patientId: RecordIdSchema,
  note: NoteSchema,
  carriedForward: z.optional(z.nullable(CarriedForwardSchema)),
  /**
   * The patient already has a note on this date of service: without this the server answers 409
   * /problems/same-date-of-service with existingNoteIds, so the user can open one instead.
   */
  confirmSameDateOfService: z.optional(z.boolean()),
});
export type CreateNoteRequest = z.input<typeof CreateNoteRequestSchema>;

export const UpdateNoteRequestSchema = z.object({
  /** The version the client last read; the write is refused with 409 if the note moved on. */
  version: RecordVersionSchema,
  note: NoteSchema,
});
export type UpdateNoteRequest = z.input<typeof UpdateNoteRequestSchema>;

/** Who last changed one top-level section of the note, from the stored versions. */
export const SectionAuthorSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  at: z.string(),
  version: z.number().check(z.int(), z.minimum(1)),
});
export type SectionAuthor = z.infer<typeof SectionAuthorSchema>;

/** GET /api/notes/:id/provenance: per top-level note key; empty sections never written are absent. */
export const NoteProvenanceSchema = z.object({
  sections: z.record(z.string(), SectionAuthorSchema),
});
export type NoteProvenance = z.infer<typeof NoteProvenanceSchema>;

export const IcdSearchQuerySchema = z.object({
  q: z.string().check(z.trim(), z.minLength(1, "Type a code or words"), z.maxLength(100)),
  dos: IsoDateSchema,
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
});

export const IcdSearchHitSchema = z.object({
  code: z.string(),
  title: z.string(),
  billable: z.boolean(),
  /** Why it matched: the code, a title word, or an index/inclusion term (shown under the title). */
  matchedTerm: z.nullable(z.string()),
  billableChildren: z.array(z.object({ code: z.string(), title: z.string() })),
});
export type IcdSearchHit = z.infer<typeof IcdSearchHitSchema>;

export const IcdSearchResponseSchema = z.object({
  codeSet: z.string(),
  hits: z.array(IcdSearchHitSchema),
});
export type IcdSearchResponse = z.infer<typeof IcdSearchResponseSchema>;

export const HealthSchema = z.object({
  status: z.enum(["ok", "degraded"]),
  database: z.object({ kind: z.enum(["sqlite", "postgres"]), ok: z.boolean() }),
  version: z.string(),
});

/** RFC 9457 problem details, with the zod issues as field paths. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  /** On a version conflict (409): the note's version now, so the client can offer to reload it. */
  currentVersion: z.optional(z.number().check(z.int())),
  errors: z.optional(
    z.array(z.object({ path: z.string(), message: z.string(), code: z.optional(z.string()) })),
  ),
  /** 403 /problems/forbidden-section: the sections this role may not change. */
  sections: z.optional(z.array(z.string())),
  /** 409 /problems/same-date-of-service: the patient's notes already on that date. */
  existingNoteIds: z.optional(z.array(z.string())),
  /** 422 /problems/sign-blocked: what must be fixed before signing (also listed in errors by path). */
  blocking: z.optional(SignBlockersSchema),
});
export type Problem = z.infer<typeof ProblemSchema>;
