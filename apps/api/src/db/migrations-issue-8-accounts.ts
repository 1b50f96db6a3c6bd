import { sql, type Kysely, type Migration } from "kysely";
import { dialectOf } from "./dialect.js";

/**
 * Issue 8's audit trail, accounts and clinic payer profiles. Portable column types only (text,
 * integer); the append-only triggers and PostgreSQL's sign-in throttle table are written per engine.
 * Never edit a migration that has shipped; add a new one.
 */
export const ISSUE_8_ACCOUNTS_MIGRATIONS: Record<string, Migration> = {
  "2026-11-29-2001-audit-log": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("audit_log")
        .addColumn("seq", "integer", (c) => c.primaryKey())
        .addColumn("at", "text", (c) => c.notNull())
        .addColumn("user_id", "text")
        .addColumn("role", "text")
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("patient_id", "text")
        .addColumn("note_id", "text")
        .addColumn("client_address", "text", (c) => c.notNull())
        .addColumn("status", "integer", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("detail", "text")
        .addColumn("prev_hash", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .execute();
      // The admin's filters; seq (the primary key) already orders by time.
      for (const column of ["user_id", "patient_id", "note_id"]) {
        await db.schema
          .createIndex(`audit_log_${column}_idx`)
          .on("audit_log")
          .columns([column, "seq"])
          .execute();
      }

      // No route updates or deletes the trail; these make the database refuse it too, so only
      // someone who drops the trigger (and then breaks the hash chain) can.
      if (dialectOf(db) === "sqlite") {
        for (const op of ["UPDATE", "DELETE"]) {
          await sql
            .raw(
              `create trigger audit_log_no_${op.toLowerCase()} before ${op} on audit_log
               begin select raise(abort, 'audit_log is append-only'); end`,
            )
            .execute(db);
        }
      } else {
        await sql`
          create function audit_log_refuse_change() returns trigger language plpgsql as $$
          begin
            raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
          end $$`.execute(db);
        await sql`create trigger audit_log_no_update_delete before update or delete on audit_log
          for each row execute function audit_log_refuse_change()`.execute(db);
        await sql`create trigger audit_log_no_truncate before truncate on audit_log
          for each statement execute function audit_log_refuse_change()`.execute(db);
      }
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("audit_log").execute();
      if (dialectOf(db) === "postgres") {
        await sql`drop function if exists audit_log_refuse_change()`.execute(db);
      }
    },
  },

  // Deactivated accounts keep their row (notes and the audit trail name them) but cannot sign in.
  "2026-11-29-2002-users-deactivated": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("users").addColumn("deactivated_at", "text").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("users").dropColumn("deactivated_at").execute();
    },
  },

  // rate-limiter-flexible's RateLimiterPostgres table, so every API process counts the same failures.
  // Its layout is the library's (expire is a millisecond timestamp: bigint). SQLite runs one process
  // and keeps the counts in memory, so it has no such table.
  "2026-11-29-2003-sign-in-throttle": {
    async up(db: Kysely<unknown>) {
      if (dialectOf(db) !== "postgres") return;
      await sql`create table sign_in_throttle (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      )`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (dialectOf(db) !== "postgres") return;
      await db.schema.dropTable("sign_in_throttle").execute();
    },
  },

  // The clinic's own payer profiles: every change is a new version; old versions stay (signed notes
  // name the version they were coded with).
  "2026-11-29-2004-clinic-payer-profiles": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("clinic_payer_profiles")
        .addColumn("id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
        .addColumn("profile_json", "text", (c) => c.notNull())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
        .addPrimaryKeyConstraint("clinic_payer_profiles_pk", ["id", "version"])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("clinic_payer_profiles").execute();
    },
  },
};
