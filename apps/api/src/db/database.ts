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
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: string;
  password_hash: string;
  created_at: string;
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
}

export interface NoteVersionsTable {
  note_id: string;
  version: number;
  note_json: string;
  saved_at: string;
  saved_by: string;
}

export type UserRow = Selectable<UsersTable>;
export type PatientRow = Selectable<PatientsTable>;
export type NoteRow = Selectable<NotesTable>;
export type NewNoteRow = Insertable<NotesTable>;

export type DatabaseKind = "sqlite" | "postgres";
