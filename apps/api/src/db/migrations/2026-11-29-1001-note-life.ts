import { SqliteAdapter, sql, type Kysely, type Migration } from "kysely";
import { diffFields } from "../../store/field-diff.js";

/**
 * The note's legal life: the new statuses, hand-over, signature, coded and discarded columns, the
 * addenda and coder-query tables, the per-field change log, and the triggers that make a signed note
 * immutable on both engines (a guard in the store alone could be bypassed by any other SQL path).
 */

const STATUSES = sql`status in ('draft', 'ready-for-physician', 'signed', 'coded', 'discarded')`;

/** Columns added to notes, all nullable text, so existing rows need no values. */
const NEW_NOTE_COLUMNS = [
  "hand_over_json",
  "assigned_physician_id",
  "signature_json",
  "coded_at",
  "coded_by",
  "discarded_at",
  "discarded_by",
  "discard_reason",
] as const;

/** Every notes column but those a signed -> coded move may set. */
const FROZEN_ON_SIGNED = [
  "id",
  "patient_id",
  "version",
  "date_of_service",
  "note_json",
  "created_at",
  "created_by",
  "updated_at",
  "updated_by",
  "signed_at",
  "signed_by",
  "signed_result_json",
  "carried_forward_json",
  "hand_over_json",
  "assigned_physician_id",
  "signature_json",
  "discarded_at",
  "discarded_by",
  "discard_reason",
] as const;

const NOTE_SIGNED_MESSAGE = "note-signed: a signed note never changes";

export const noteLifeMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const kind = databaseKind(db);
    if (kind === "sqlite") await widenSqliteNotes(db);
    else await widenPostgresNotes(db);

    await db.schema
      .createTable("coder_queries")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("note_id", "text", (c) => c.notNull().references("notes.id"))
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("answered_by_addendum_id", "text")
      .execute();
    await db.schema
      .createIndex("coder_queries_note_idx")
      .on("coder_queries")
      .column("note_id")
      .execute();

    await db.schema
      .createTable("addenda")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("note_id", "text", (c) => c.notNull().references("notes.id"))
      .addColumn("sequence", "integer", (c) => c.notNull().check(sql`sequence >= 1`))
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("reason", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("answers_query_id", "text", (c) => c.references("coder_queries.id"))
      .addColumn("previous_sha256", "text", (c) => c.notNull())
      .addColumn("sha256", "text", (c) => c.notNull())
      .addUniqueConstraint("addenda_note_sequence_uq", ["note_id", "sequence"])
      .execute();

    await db.schema
      .createTable("note_changes")
      .addColumn("note_id", "text", (c) => c.notNull().references("notes.id").onDelete("cascade"))
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("path", "text", (c) => c.notNull())
      .addColumn("old_json", "text")
      .addColumn("new_json", "text")
      .addColumn("changed_at", "text", (c) => c.notNull())
      .addColumn("changed_by", "text", (c) => c.notNull().references("users.id"))
      .addPrimaryKeyConstraint("note_changes_pk", ["note_id", "version", "path"])
      .execute();

    await backfillNoteChanges(db);

    if (kind === "sqlite") await createSqliteTriggers(db);
    else await createPostgresTriggers(db);
  },
};

/**
 * Which engine runs the migration. Asked of the dialect adapter, not with a probing query: a failed
 * query would abort PostgreSQL's migration transaction.
 */
function databaseKind(db: Kysely<unknown>): "sqlite" | "postgres" {
  return db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "postgres";
}

/**
 * SQLite cannot alter a CHECK constraint: the notes table is rebuilt (SQLite's documented 12-step
 * procedure) with foreign keys off, so dropping the old table does not cascade to note_versions.
 */
async function widenSqliteNotes(db: Kysely<unknown>): Promise<void> {
  // Run by today's migrator inside its transaction with foreign keys already off (migrate.ts); the
  // pragmas below are then no-ops, and the rebuild is part of that transaction.
  await sql`pragma foreign_keys = off`.execute(db);
  const inTransaction = <T>(run: (trx: Kysely<unknown>) => Promise<T>): Promise<T> =>
    db.isTransaction ? run(db) : db.transaction().execute(run);
  try {
    await inTransaction(async (trx) => {
      await trx.schema
        .createTable("notes_new")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("patient_id", "text", (c) => c.notNull().references("patients.id"))
        .addColumn("status", "text", (c) => c.notNull().check(STATUSES))
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
        .addColumn("carried_forward_json", "text")
        .addColumn("hand_over_json", "text")
        .addColumn("assigned_physician_id", "text", (c) => c.references("users.id"))
        .addColumn("signature_json", "text")
        .addColumn("coded_at", "text")
        .addColumn("coded_by", "text", (c) => c.references("users.id"))
        .addColumn("discarded_at", "text")
        .addColumn("discarded_by", "text", (c) => c.references("users.id"))
        .addColumn("discard_reason", "text")
        .execute();
      await sql`insert into notes_new (id, patient_id, status, version, date_of_service, note_json,
          created_at, created_by, updated_at, updated_by, signed_at, signed_by, signed_result_json,
          carried_forward_json)
        select id, patient_id, status, version, date_of_service, note_json, created_at, created_by,
          updated_at, updated_by, signed_at, signed_by, signed_result_json, carried_forward_json
        from notes`.execute(trx);
      await trx.schema.dropTable("notes").execute();
      await trx.schema.alterTable("notes_new").renameTo("notes").execute();
      await trx.schema
        .createIndex("notes_patient_dos_idx")
        .on("notes")
        .columns(["patient_id", "date_of_service"])
        .execute();
      const { rows } = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(trx);
      if (rows.length > 0) throw new Error(`notes rebuild broke ${rows.length} foreign keys`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function widenPostgresNotes(db: Kysely<unknown>): Promise<void> {
  // The first migration's inline CHECK got PostgreSQL's default name, notes_status_check.
  await sql`alter table notes drop constraint if exists notes_status_check`.execute(db);
  await sql`alter table notes add constraint notes_status_check check (${STATUSES})`.execute(db);
  for (const column of NEW_NOTE_COLUMNS) {
    const references = ["assigned_physician_id", "coded_by", "discarded_by"].includes(column);
    await db.schema
      .alterTable("notes")
      .addColumn(column, "text", (c) => (references ? c.references("users.id") : c))
      .execute();
  }
}

/** The per-field history of notes written before this release, from their stored versions. */
async function backfillNoteChanges(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{
    note_id: string;
    version: number;
    note_json: string;
    saved_at: string;
    saved_by: string;
  }>`select note_id, version, note_json, saved_at, saved_by from note_versions
     order by note_id, version`.execute(db);
  let previous: { noteId: string; json: unknown } | undefined;
  for (const row of rows) {
    const json: unknown = JSON.parse(row.note_json);
    const before = previous?.noteId === row.note_id ? previous.json : undefined;
    for (const d of diffFields(before, json)) {
      await sql`insert into note_changes (note_id, version, path, old_json, new_json, changed_at, changed_by)
        values (${row.note_id}, ${Number(row.version)}, ${d.path},
          ${d.oldValue === undefined ? null : JSON.stringify(d.oldValue)},
          ${d.newValue === undefined ? null : JSON.stringify(d.newValue)},
          ${row.saved_at}, ${row.saved_by})`.execute(db);
    }
    previous = { noteId: row.note_id, json };
  }
}

async function createSqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const unchanged = FROZEN_ON_SIGNED.map((c) => `new.${c} is old.${c}`).join(" and ");
  const statements = [
    `create trigger notes_signed_immutable before update on notes
     when old.status in ('signed', 'coded')
       and not (old.status = 'signed' and new.status = 'coded' and ${unchanged})
     begin select raise(abort, '${NOTE_SIGNED_MESSAGE}'); end`,
    `create trigger notes_signed_not_deleted before delete on notes
     when old.status in ('signed', 'coded')
     begin select raise(abort, '${NOTE_SIGNED_MESSAGE}'); end`,
    `create trigger note_versions_signed_immutable before update on note_versions
     begin select raise(abort, 'note_versions are never changed'); end`,
    `create trigger note_versions_signed_not_deleted before delete on note_versions
     when (select status from notes where id = old.note_id) in ('signed', 'coded')
     begin select raise(abort, '${NOTE_SIGNED_MESSAGE}'); end`,
    `create trigger addenda_insert_only_update before update on addenda
     begin select raise(abort, 'addenda are never changed'); end`,
    `create trigger addenda_insert_only_delete before delete on addenda
     begin select raise(abort, 'addenda are never changed'); end`,
    `create trigger addenda_only_on_signed before insert on addenda
     when (select status from notes where id = new.note_id) not in ('signed', 'coded')
     begin select raise(abort, 'addenda are for signed notes'); end`,
    `create trigger coder_queries_answer_once before update on coder_queries
     when not (old.answered_by_addendum_id is null and new.answered_by_addendum_id is not null
       and new.id is old.id and new.note_id is old.note_id and new.author_id is old.author_id
       and new.created_at is old.created_at and new.text is old.text)
     begin select raise(abort, 'a coder query only gets its answer, once'); end`,
    `create trigger coder_queries_not_deleted before delete on coder_queries
     begin select raise(abort, 'coder queries are never deleted'); end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `create or replace function tpi_notes_signed_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         if old.status in ('signed', 'coded') then
           raise exception '${NOTE_SIGNED_MESSAGE}' using errcode = 'P0001';
         end if;
         return old;
       end if;
       if old.status in ('signed', 'coded') and not (
         old.status = 'signed' and new.status = 'coded'
         and (to_jsonb(new) - 'status' - 'coded_at' - 'coded_by')
           = (to_jsonb(old) - 'status' - 'coded_at' - 'coded_by')
       ) then
         raise exception '${NOTE_SIGNED_MESSAGE}' using errcode = 'P0001';
       end if;
       return new;
     end $$`,
    `create trigger notes_signed_immutable before update or delete on notes
     for each row execute function tpi_notes_signed_guard()`,
    `create or replace function tpi_note_versions_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'UPDATE' then
         raise exception 'note_versions are never changed' using errcode = 'P0001';
       end if;
       if (select status from notes where id = old.note_id) in ('signed', 'coded') then
         raise exception '${NOTE_SIGNED_MESSAGE}' using errcode = 'P0001';
       end if;
       return old;
     end $$`,
    `create trigger note_versions_immutable before update or delete on note_versions
     for each row execute function tpi_note_versions_guard()`,
    `create or replace function tpi_addenda_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'INSERT' then
         if (select status from notes where id = new.note_id) not in ('signed', 'coded') then
           raise exception 'addenda are for signed notes' using errcode = 'P0001';
         end if;
         return new;
       end if;
       raise exception 'addenda are never changed' using errcode = 'P0001';
     end $$`,
    `create trigger addenda_insert_only before insert or update or delete on addenda
     for each row execute function tpi_addenda_guard()`,
    `create or replace function tpi_coder_queries_guard() returns trigger language plpgsql as $$
     begin
       if tg_op = 'DELETE' then
         raise exception 'coder queries are never deleted' using errcode = 'P0001';
       end if;
       if not (old.answered_by_addendum_id is null and new.answered_by_addendum_id is not null
         and (to_jsonb(new) - 'answered_by_addendum_id') = (to_jsonb(old) - 'answered_by_addendum_id')) then
         raise exception 'a coder query only gets its answer, once' using errcode = 'P0001';
       end if;
       return new;
     end $$`,
    `create trigger coder_queries_answer_once before update or delete on coder_queries
     for each row execute function tpi_coder_queries_guard()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
