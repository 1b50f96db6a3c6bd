import { Migrator, sql, type Migration, type MigrationResult } from "kysely";
import { MIGRATIONS } from "./migrations.js";
import type { Db } from "./connect.js";

/** Brings the schema up to date; throws (start-up stops) if any migration fails. */
export async function migrateToLatest(
  db: Db,
  migrations: Record<string, Migration> = MIGRATIONS,
): Promise<MigrationResult[]> {
  // On PostgreSQL, keep Kysely's bookkeeping tables in the schema the connection uses (search_path):
  // without this the migrator would see another schema's kysely_migration table and skip creating its own.
  const migrationTableSchema = db.kind === "postgres" ? await currentPostgresSchema(db) : undefined;
  // SQLite: the pending migrations run in one transaction (see connect.ts), where foreign_keys cannot
  // be switched; a table rebuild needs them off, so they are off for the run and each migration
  // checks them itself before it commits (below), then they are on again.
  const sqlite = db.kind === "sqlite";
  if (sqlite) await sql`pragma foreign_keys = off`.execute(db.kysely);
  const migrator = new Migrator({
    db: db.kysely,
    provider: {
      getMigrations: () => Promise.resolve(sqlite ? withForeignKeyCheck(migrations) : migrations),
    },
    // Engineers add migrations in parallel under their own name prefixes, so one merged later may
    // sort before one a database already ran: run it then rather than refuse to start. Each
    // migration must therefore not depend on another one of the same release having run first.
    allowUnorderedMigrations: true,
    ...(migrationTableSchema === undefined ? {} : { migrationTableSchema }),
  });
  const { error, results = [] } = await migrator
    .migrateToLatest()
    .finally(() => (sqlite ? sql`pragma foreign_keys = on`.execute(db.kysely) : undefined));
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

/** Each SQLite migration fails (and rolls back) if it leaves a foreign key pointing nowhere. */
function withForeignKeyCheck(migrations: Record<string, Migration>): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => [
      name,
      {
        ...migration,
        async up(db) {
          await migration.up(db);
          const { rows } = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(db);
          if (rows.length > 0) throw new Error(`${name} broke ${rows.length} foreign keys`);
        },
      } satisfies Migration,
    ]),
  );
}
