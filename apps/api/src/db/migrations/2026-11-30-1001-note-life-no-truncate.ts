import { sql, type Kysely, type Migration } from "kysely";
import { dialectOf } from "../dialect.js";

/**
 * PostgreSQL's TRUNCATE skips row triggers, so the note-life triggers alone left one SQL path open:
 * `truncate addenda` (nothing references addenda by foreign key) removed every addendum, and
 * `truncate ... cascade` could remove signed notes, their versions and the coder's queries. These
 * statement triggers refuse TRUNCATE on those tables. SQLite has no TRUNCATE: its DELETE without a
 * WHERE fires the row triggers already in place.
 */
const TABLES = ["notes", "note_versions", "addenda", "coder_queries"] as const;

export const noteLifeNoTruncateMigration: Migration = {
  async up(db: Kysely<unknown>) {
    if (dialectOf(db) !== "postgres") return;
    await sql`
      create function tpi_note_life_refuse_truncate() returns trigger language plpgsql as $$
      begin
        raise exception '% is never truncated: signed notes, their addenda and queries are kept', tg_table_name
          using errcode = 'P0001';
      end $$`.execute(db);
    for (const table of TABLES) {
      await sql
        .raw(
          `create trigger ${table}_no_truncate before truncate on ${table}
           for each statement execute function tpi_note_life_refuse_truncate()`,
        )
        .execute(db);
    }
  },
};
