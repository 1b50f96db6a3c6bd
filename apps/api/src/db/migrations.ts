import { sql, type Kysely, type Migration } from "kysely";
import { ISSUE_8_ACCOUNTS_MIGRATIONS } from "./migrations-issue-8-accounts.js";
import { noteLifeMigration } from "./migrations/2026-11-29-1001-note-life.js";
import { noteLifeNoTruncateMigration } from "./migrations/2026-11-30-1001-note-life-no-truncate.js";

/**
 * Schema changes, in code so they ship with the server and run at start-up. Only portable column
 * types (text, integer) are used so each migration runs unchanged on SQLite and PostgreSQL.
 * Never edit a migration that has shipped; add a new one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  "2026-11-26-0001-initial": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("users")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("sessions")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("sessions_user_id_idx")
        .on("sessions")
        .column("user_id")
        .execute();

      await db.schema
        .createTable("patients")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("mrn", "text", (c) => c.notNull().unique())
        .addColumn("given_name", "text", (c) => c.notNull())
        .addColumn("family_name", "text", (c) => c.notNull())
        .addColumn("birth_date", "text", (c) => c.notNull())
        .addColumn("sex", "text", (c) => c.notNull())
        .addColumn("default_payer_profile_id", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("notes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("patient_id", "text", (c) => c.notNull().references("patients.id"))
        .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('draft', 'signed')`))
        .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
        .addColumn("date_of_service", "text", (c) => c.notNull())
        .addColumn("note_json", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("updated_by", "text", (c) => c.notNull().references("users.id"))
        .addColumn("signed_at", "text")
        .addColumn("signed_by", "text", (c) => c.references("users.id"))
        .addColumn("signed_result_json", "text")
        .execute();
      await db.schema
        .createIndex("notes_patient_dos_idx")
        .on("notes")
        .columns(["patient_id", "date_of_service"])
        .execute();

      // Every accepted write, so history and conflicts can be shown and audited later.
      await db.schema
        .createTable("note_versions")
        .addColumn("note_id", "text", (c) => c.notNull().references("notes.id").onDelete("cascade"))
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("note_json", "text", (c) => c.notNull())
        .addColumn("saved_at", "text", (c) => c.notNull())
        .addColumn("saved_by", "text", (c) => c.notNull().references("users.id"))
        .addPrimaryKeyConstraint("note_versions_pk", ["note_id", "version"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["note_versions", "notes", "patients", "sessions", "users"]) {
        await db.schema.dropTable(table).execute();
      }
    },
  },
  // Copy-forward marks ("carried over: check") must survive a reload: stored with the note as JSON text.
  "2026-11-27-0002-notes-carried-forward": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("notes").addColumn("carried_forward_json", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("notes").dropColumn("carried_forward_json").execute();
    },
  },
  ...ISSUE_8_ACCOUNTS_MIGRATIONS,
  // Statuses, hand-over, signature, addenda, coder queries, per-field changes, signed-note triggers.
  "2026-11-29-1001-note-life": noteLifeMigration,
  // PostgreSQL: TRUNCATE, which skips row triggers, refused on notes, versions, addenda and queries.
  "2026-11-30-1001-note-life-no-truncate": noteLifeNoTruncateMigration,
};
