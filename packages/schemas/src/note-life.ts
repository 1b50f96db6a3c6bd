import { z } from "zod/mini";
import { PriorSessionSchema, type Note, type PriorSession } from "./note.js";
import {
  IdSchema,
  IsoDateSchema,
  RecordIdSchema,
  RecordVersionSchema,
  ShortTextSchema,
  storedText,
} from "./primitives.js";
import {
  ChecklistItemSchema,
  CodingResultSchema,
  FindingResultSchema,
  RuleRefSchema,
} from "./result.js";

/**
 * The note's legal life: its statuses, who may do what to it, the signature it carries once signed,
 * its addenda and the coder's queries. The server enforces these and the web shows controls from them,
 * so both read the same tables here.
 */

export const RoleSchema = z.enum(["medical-assistant", "physician", "coder", "admin"]);
export type Role = z.infer<typeof RoleSchema>;

/**
 * draft: being written. ready-for-physician: the assistant handed it over. signed: locked for good.
 * coded: signed and coded (the only change a signed note may undergo). discarded: an unsigned draft
 * given up; kept, never deleted.
 */
export const NoteStatusSchema = z.enum([
  "draft",
  "ready-for-physician",
  "signed",
  "coded",
  "discarded",
]);
export type NoteStatus = z.infer<typeof NoteStatusSchema>;

/** Statuses in which the note's clinical content may still change. */
export const EDITABLE_STATUSES: readonly NoteStatus[] = ["draft", "ready-for-physician"];
/** Statuses of a signed note: content, signature and addenda are immutable. */
export const SIGNED_STATUSES: readonly NoteStatus[] = ["signed", "coded"];

/**
 * The note's sections as the form shows them, each with the top-level NoteSchema keys it covers.
 * Every NoteSchema key belongs to exactly one section (a test checks it). Role rules (which sections
 * an assistant may fill) and provenance ("Pre-filled by") are per section.
 */
export const NOTE_SECTIONS = {
  encounter: {
    label: "Encounter",
    keys: ["dateOfService", "payerProfileId", "placeOfService", "renderingProvider"],
  },
  history: { label: "History", keys: ["history"] },
  vitals: { label: "Vital signs", keys: ["vitals"] },
  findings: { label: "Examination findings", keys: ["findings"] },
  conservativeCare: { label: "Conservative care", keys: ["conservativeCare"] },
  priorSessions: { label: "Prior sessions done elsewhere", keys: ["priorSessions"] },
  consent: { label: "Consent", keys: ["consent"] },
  procedure: { label: "Procedure", keys: ["procedure"] },
  diagnoses: { label: "Diagnoses", keys: ["diagnoses"] },
  sameDayEm: { label: "Same-day E/M", keys: ["sameDayEm"] },
} as const satisfies Record<string, { label: string; keys: readonly (keyof Note)[] }>;

export type NoteSectionId = keyof typeof NOTE_SECTIONS;
export const NOTE_SECTION_IDS = Object.keys(NOTE_SECTIONS) as NoteSectionId[];
export const NoteSectionIdSchema = z.enum(NOTE_SECTION_IDS as [NoteSectionId, ...NoteSectionId[]]);

/** The section a top-level note key belongs to (undefined for a key no section lists). */
export function sectionOfKey(key: string): NoteSectionId | undefined {
  return NOTE_SECTION_IDS.find((id) => (NOTE_SECTIONS[id].keys as readonly string[]).includes(key));
}

/** The clinic's default for ASSISTANT_SECTIONS: what a medical assistant fills before the physician. */
export const DEFAULT_ASSISTANT_SECTIONS: readonly NoteSectionId[] = [
  "encounter",
  "history",
  "vitals",
  "conservativeCare",
  "priorSessions",
];

/** Things a user does to a note (reading is governed by the route table alone). */
export const NoteActionSchema = z.enum([
  "create",
  "edit",
  "hand-over",
  "sign",
  "addendum",
  "query",
  "mark-coded",
  "discard",
]);
export type NoteAction = z.infer<typeof NoteActionSchema>;

/** Which role may do each action at all. The server's route table is built from this. */
export const ROLE_ACTIONS: Readonly<Record<Role, readonly NoteAction[]>> = {
  "medical-assistant": ["create", "edit", "hand-over"],
  physician: ["create", "edit", "hand-over", "sign", "addendum", "discard"],
  coder: ["query", "mark-coded"],
  admin: [],
};

/** In which statuses each action applies. */
export const ACTION_STATUSES: Readonly<Record<NoteAction, readonly NoteStatus[]>> = {
  create: [],
  edit: EDITABLE_STATUSES,
  "hand-over": EDITABLE_STATUSES,
  sign: EDITABLE_STATUSES,
  discard: EDITABLE_STATUSES,
  addendum: SIGNED_STATUSES,
  query: SIGNED_STATUSES,
  "mark-coded": ["signed"],
};

/** Roles that may do an action (for route tables and UI). */
export function rolesFor(action: NoteAction): Role[] {
  return RoleSchema.options.filter((r) => ROLE_ACTIONS[r].includes(action));
}

/** What a user of this role may do to a note in this status, so the UI shows only usable controls. */
export function noteActionsFor(role: Role, status: NoteStatus): NoteAction[] {
  return ROLE_ACTIONS[role].filter((a) => ACTION_STATUSES[a].includes(status));
}

/** What GET /api/session/me adds to the user: the controls to show, the sections to leave editable. */
export const PermissionsSchema = z.object({
  actions: z.array(NoteActionSchema),
  /** Sections this user may change in an unsigned note ([] = read-only). */
  editableSections: z.array(NoteSectionIdSchema),
  /** Sections whose content this role may be named for as "Pre-filled by" (the assistant's). */
  assistantSections: z.array(NoteSectionIdSchema),
});
export type Permissions = z.infer<typeof PermissionsSchema>;

/** The physician's attestation statement, as offered by the web app (the text signed is stored verbatim). */
export const DEFAULT_ATTESTATION =
  "I personally performed the procedure documented in this note, and the note is accurate and complete.";

/** A prior session taken from the patient's earlier signed note (read-only in the form). */
export const RecordPriorSessionSchema = z.object({
  noteId: z.string(),
  session: PriorSessionSchema,
});
export type RecordPriorSession = z.infer<typeof RecordPriorSessionSchema>;

/** GET /api/notes/:id/prior-sessions: sessions from the record, and those reported from elsewhere. */
export const PriorSessionsResponseSchema = z.object({
  /** The patient's earlier signed TPI notes, oldest first; the engine counts these. */
  fromRecord: z.array(RecordPriorSessionSchema),
  /** Hand-entered in this note: sessions done elsewhere, as reported. */
  reported: z.array(PriorSessionSchema),
});
export type PriorSessionsResponse = z.infer<typeof PriorSessionsResponseSchema>;

/** What a signed note carries: who signed what, when, and the engine's result as it was computed. */
export const NoteSignatureSchema = z.object({
  signedBy: z.string(),
  signerName: z.string(),
  signedAt: z.string(),
  attestation: z.string(),
  /** SHA-256 (hex) of the RFC 8785 canonical JSON of the note as signed; the head of the hash chain. */
  noteSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  engineVersion: z.string(),
  /** Every rule the result used (claim lines and findings), id and version, sorted by id. */
  rules: z.array(RuleRefSchema),
  codeSets: CodingResultSchema.shape.codeSets,
  payerProfile: z.nullable(z.object({ id: z.string(), version: z.number().check(z.int()) })),
  /** The prior sessions taken from the record and given to the engine (hand-entered ones are in the note). */
  priorSessionsFromRecord: z._default(z.array(RecordPriorSessionSchema), []),
  /** The claim lines, findings and checklist as computed at signing. */
  result: CodingResultSchema,
});
export type NoteSignature = z.infer<typeof NoteSignatureSchema>;

/** An addendum to a signed note: immutable, in order, chained by hash to the note and the one before. */
export const AddendumSchema = z.object({
  id: z.string(),
  noteId: z.string(),
  /** 1, 2, ... in the order written. */
  sequence: z.number().check(z.int(), z.minimum(1)),
  authorId: z.string(),
  authorName: z.string(),
  at: z.string(),
  reason: z.string(),
  text: z.string(),
  answersQueryId: z.nullable(z.string()),
  /** The hash before this one: the note's noteSha256 for the first addendum. */
  previousSha256: z.string(),
  /** SHA-256 of the canonical JSON of this addendum's fields with previousSha256. */
  sha256: z.string(),
});
export type Addendum = z.infer<typeof AddendumSchema>;

/** A coder's question to the physician about a signed note, answered by an addendum. */
export const CoderQuerySchema = z.object({
  id: z.string(),
  noteId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  at: z.string(),
  text: z.string(),
  answeredByAddendumId: z.nullable(z.string()),
});
export type CoderQuery = z.infer<typeof CoderQuerySchema>;

/** The hand-over from assistant to physician. */
export const HandOverSchema = z.object({
  by: z.string(),
  at: z.string(),
  /** The physician named by the assistant; null = any physician. */
  toPhysicianId: z.nullable(z.string()),
});
export type HandOver = z.infer<typeof HandOverSchema>;

const VersionSchema = RecordVersionSchema;

/** POST /api/notes/:id/hand-over. */
export const HandOverRequestSchema = z.object({
  version: VersionSchema,
  toPhysicianId: z.optional(z.nullable(RecordIdSchema)),
});
export type HandOverRequest = z.input<typeof HandOverRequestSchema>;

/** POST /api/notes/:id/sign: the version the physician read and the statement they attest. */
export const SignNoteRequestSchema = z.object({
  version: VersionSchema,
  attestation: storedText(2000).check(z.minLength(1, "Attest the note")),
});
export type SignNoteRequest = z.input<typeof SignNoteRequestSchema>;

/** POST /api/notes/:id/addenda. */
export const AddendumRequestSchema = z.object({
  reason: ShortTextSchema.check(z.minLength(1, "Give the reason for the addendum")),
  text: storedText(5000).check(z.minLength(1, "Write the addendum")),
  /** The coder's query this addendum answers, if any. */
  answersQueryId: z.optional(z.nullable(RecordIdSchema)),
});
export type AddendumRequest = z.input<typeof AddendumRequestSchema>;

/** POST /api/notes/:id/queries. */
export const CoderQueryRequestSchema = z.object({
  text: storedText(2000).check(z.minLength(1, "Write the question")),
});
export type CoderQueryRequest = z.input<typeof CoderQueryRequestSchema>;

/** POST /api/notes/:id/coded: no fields today; a JSON object keeps the route a write like the others. */
export const MarkCodedRequestSchema = z.object({});
export type MarkCodedRequest = z.input<typeof MarkCodedRequestSchema>;

/** POST /api/notes/:id/discard: only an unsigned note, at the version the user read. */
export const DiscardNoteRequestSchema = z.object({
  version: VersionSchema,
  reason: z._default(ShortTextSchema, ""),
});
export type DiscardNoteRequest = z.input<typeof DiscardNoteRequestSchema>;

/** The blocking items of a refused signing (422 /problems/sign-blocked), each with its field path. */
export const SignBlockersSchema = z.object({
  findings: z.array(FindingResultSchema),
  checklist: z.array(ChecklistItemSchema),
});
export type SignBlockers = z.infer<typeof SignBlockersSchema>;

/** GET /api/worklists/coder query: signed-not-coded notes filtered by date of service, provider, payer. */
export const CoderWorklistQuerySchema = z
  .object({
    from: z.optional(IsoDateSchema),
    to: z.optional(IsoDateSchema),
    /** Rendering provider name, matched case-insensitively as a substring. */
    provider: z.optional(z.string().check(z.trim(), z.maxLength(200))),
    payerProfileId: z.optional(IdSchema),
  })
  .check(
    z.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      message: "The end of the range is before its start",
      path: ["to"],
    }),
  );
export type CoderWorklistQuery = z.infer<typeof CoderWorklistQuerySchema>;

/** Why a note is on a worklist. */
export const WorklistReasonSchema = z.enum([
  "own-draft",
  "handed-over",
  "handed-over-to-me",
  "signed-not-coded",
]);

export const WorklistItemSchema = z.object({
  noteId: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  mrn: z.string(),
  status: NoteStatusSchema,
  version: z.number().check(z.int()),
  dateOfService: IsoDateSchema,
  payerProfileId: z.string(),
  providerName: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  assignedPhysicianId: z.nullable(z.string()),
  reason: WorklistReasonSchema,
});
export type WorklistItem = z.infer<typeof WorklistItemSchema>;

export const WorklistSchema = z.object({ items: z.array(WorklistItemSchema) });
export type Worklist = z.infer<typeof WorklistSchema>;

/** A physician a draft can be handed over to (GET /api/physicians: the active ones). */
export const PhysicianSchema = z.object({ id: z.string(), displayName: z.string() });
export type Physician = z.infer<typeof PhysicianSchema>;
export const PhysicianListSchema = z.array(PhysicianSchema);

/** GET /api/patients/:id/notes?dateOfService=: the same-date-of-service check before creating a note. */
export const PatientNotesQuerySchema = z.object({
  dateOfService: z.optional(IsoDateSchema),
});

/** One change to one field of a note, from the stored versions. */
export const FieldChangeSchema = z.object({
  /** Dotted field path (procedure.muscles.0.triggerPoints); "" for the whole note at creation. */
  path: z.string(),
  version: z.number().check(z.int(), z.minimum(1)),
  at: z.string(),
  userId: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  /** JSON values; null before the field existed. */
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** GET /api/notes/:id/history?path=: every change at or under the path (all when absent), oldest first. */
export const NoteHistorySchema = z.object({ changes: z.array(FieldChangeSchema) });
export type NoteHistory = z.infer<typeof NoteHistorySchema>;

export const NoteHistoryQuerySchema = z.object({
  path: z.optional(z.string().check(z.maxLength(200))),
});

/**
 * The prior sessions the engine counts: the patient's signed notes (from the record) and the sessions
 * this note reports from elsewhere, oldest first. A hand-entered session on the date of a record
 * session is not a second session: it documents that session's relief (reliefPercent and weeks).
 * Shared so the form's live engine and the server at signing give the engine the same list.
 */
export function mergePriorSessions(
  reported: readonly PriorSession[],
  fromRecord: readonly RecordPriorSession[],
): PriorSession[] {
  const recordDates = new Set(fromRecord.map((r) => r.session.date));
  const merged = [
    ...fromRecord.map(({ session }) => {
      const documented = reported.find((p) => p.date === session.date);
      return documented === undefined
        ? session
        : {
            ...session,
            reliefPercent: documented.reliefPercent ?? session.reliefPercent,
            reliefDurationWeeks: documented.reliefDurationWeeks ?? session.reliefDurationWeeks,
          };
    }),
    ...reported.filter((p) => !recordDates.has(p.date)),
  ];
  return merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
