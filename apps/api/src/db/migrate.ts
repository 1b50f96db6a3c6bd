import { Migrator, sql, type MigrationResult } from "kysely";
import { MIGRATIONS } from "./migrations.js";
import type { Db } from "./connect.js";

/** Brings the schema up to date; throws (start-up stops) if any migration fails. */
export async function migrateToLatest(db: Db): Promise<MigrationResult[]> {
  // On PostgreSQL, keep Kysely's bookkeeping tables in the schema the connection uses (search_path):
  // without this the migrator would see another schema's kysely_migration table and skip creating its own.
  const migrationTableSchema = db.kind === "postgres" ? await currentPostgresSchema(db) : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    // Engineers add migrations in parallel under their own name prefixes, so one merged later may
    // sort before one a database already ran: run it then rather than refuse to start. Each
    // migration must therefore not depend on another one of the same release having run first.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === "Error");
    throw new Error(`Database migration ${failed?.migrationName ?? "(unknown)"} failed`, {
      cause: error,
    });
  }
  return results;
}

async function currentPostgresSchema(db: Db): Promise<string> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(
    db.kysely,
  );
  const schema = rows[0]?.schema;
  if (schema === undefined || schema === null) {
    throw new Error("PostgreSQL: no current schema (check search_path)");
  }
  return schema;
}
