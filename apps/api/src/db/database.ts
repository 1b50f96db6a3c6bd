import type { Insertable, Selectable } from "kysely";

/**
 * The storage shape, table by table. These are rows, not API shapes: the API shapes come from
 * @tpi/schemas and are built from rows in the repositories. Timestamps are ISO-8601 UTC strings
 * (same format everywhere, so they sort as text) and JSON is stored as text, so the same tables
 * work on SQLite and PostgreSQL.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  patients: PatientsTable;
  notes: NotesTable;
  note_versions: NoteVersionsTable;
  note_changes: NoteChangesTable;
  addenda: AddendaTable;
  coder_queries: CoderQueriesTable;
  audit_log: AuditLogTable;
  clinic_payer_profiles: ClinicPayerProfilesTable;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  created_at: string;
  /** Set when an admin deactivates the account: it can no longer sign in; its sessions were ended. */
  deactivated_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token, hex: a leaked table does not hand out live sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PatientsTable {
  id: string;
  mrn: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  default_payer_profile_id: string;
  created_at: string;
}

export interface NotesTable {
  id: string;
  patient_id: string;
  status: string;
  version: number;
  /** Copied out of note_json on every write so lists can sort and filter without parsing JSON. */
  date_of_service: string;
  note_json: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  signed_at: string | null;
  signed_by: string | null;
  signed_result_json: string | null;
  /** CarriedForward as JSON when the note was created by copy-forward; null otherwise. */
  carried_forward_json: string | null;
  /** HandOver as JSON once the assistant handed the draft over. */
  hand_over_json: string | null;
  assigned_physician_id: string | null;
  /** NoteSignature as JSON; with the columns above, immutable once signed (store guard + trigger). */
  signature_json: string | null;
  coded_at: string | null;
  coded_by: string | null;
  discarded_at: string | null;
  discarded_by: string | null;
  discard_reason: string | null;
}

export interface NoteVersionsTable {
  note_id: string;
  version: number;
  note_json: string;
  saved_at: string;
  saved_by: string;
}

/**
 * One changed field per row, written with the version that changed it, so the per-field history is a
 * plain query rather than a diff of every stored version on each request.
 */
export interface NoteChangesTable {
  note_id: string;
  version: number;
  /** Dotted field path; "" for a whole note at version 1 is never stored (each leaf is). */
  path: string;
  /** JSON text of the value before and after; null where the field did not exist. */
  old_json: string | null;
  new_json: string | null;
  changed_at: string;
  changed_by: string;
}

/** Addenda to a signed note: insert-only (a trigger refuses UPDATE and DELETE). */
export interface AddendaTable {
  id: string;
  note_id: string;
  sequence: number;
  author_id: string;
  created_at: string;
  reason: string;
  text: string;
  answers_query_id: string | null;
  previous_sha256: string;
  sha256: string;
}

/** A coder's question about a signed note; only answered_by_addendum_id may be set, once. */
export interface CoderQueriesTable {
  id: string;
  note_id: string;
  author_id: string;
  created_at: string;
  text: string;
  answered_by_addendum_id: string | null;
}

/**
 * The append-only audit trail: one row per read or write of patient data and per refusal. Rows are
 * chained: `prev_hash` is the previous row's `hash`, and `hash` is the SHA-256 of this row's fields
 * with `prev_hash` (src/audit/audit-chain.ts). Database triggers refuse UPDATE and DELETE.
 */
export interface AuditLogTable {
  /** 1, 2, 3, ... without gaps: assigned under the chain lock, so a missing row shows. */
  seq: number;
  at: string;
  user_id: string | null;
  role: string | null;
  action: string;
  patient_id: string | null;
  note_id: string | null;
  client_address: string;
  status: number;
  outcome: string;
  /** JSON object or null. */
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** One version of a clinic payer profile (PayerProfileSchema JSON with `version` = this version). */
export interface ClinicPayerProfilesTable {
  id: string;
  version: number;
  profile_json: string;
  created_at: string;
  created_by: string;
}

export type UserRow = Selectable<UsersTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type PatientRow = Selectable<PatientsTable>;
export type NoteRow = Selectable<NotesTable>;
export type NewNoteRow = Insertable<NotesTable>;

export type DatabaseKind = "sqlite" | "postgres";
