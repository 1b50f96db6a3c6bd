import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Migration } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase, type Db } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { MIGRATIONS } from "../src/db/migrations.js";
import { DATABASES, type DatabaseName } from "./support/test-server.js";
import { createPgSchema } from "./support/pg-schema.js";

/**
 * Issue 14, item 2, the kind "a migration and its record commit together": a start killed or failing
 * during migrations left SQLite with tables but no record of the migration that made them, so every
 * later start failed ("table users already exists"). A migration that throws midway must leave the
 * database as it was, and the next start must migrate it.
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function freshDatabase(database: DatabaseName): Promise<Db> {
  if (database === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "tpi-migrate-"));
    cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
    return connectDatabase({ kind: "sqlite", file: join(dir, "test.sqlite") });
  }
  const schema = await createPgSchema("tpi_migrate");
  cleanups.push(() => schema.drop());
  return connectDatabase({ kind: "postgres", connectionString: schema.url });
}

/** The tables of this database; on PostgreSQL of this test's schema only (other test files' schemas exist meanwhile). */
async function tableNames(db: Db): Promise<string[]> {
  const tables = await db.kysely.introspection.getTables();
  const schema =
    db.kind === "postgres"
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(db.kysely)).rows[0]
          ?.name
      : undefined;
  return tables
    .filter((t) => schema === undefined || t.schema === schema)
    .map((t) => t.name)
    .filter((n) => !n.startsWith("kysely_migration"));
}

/** Today's migrations plus one sorted last that creates a table, then throws. */
const FAILING_MIDWAY: Record<string, Migration> = {
  ...MIGRATIONS,
  "9999-12-31-fails-midway": {
    async up(db) {
      await db.schema.createTable("half_done").addColumn("id", "text").execute();
      await sql`insert into half_done (id) values ('x')`.execute(db);
      throw new Error("killed midway");
    },
  },
};

describe.each(DATABASES)("a migration commits with its record on %s", (database) => {
  it("leaves a new database unchanged when a migration throws midway, and migrates on retry", async () => {
    const db = await freshDatabase(database);
    cleanups.push(() => db.close());

    await expect(migrateToLatest(db, FAILING_MIDWAY)).rejects.toThrow(/9999-12-31-fails-midway/);
    expect(await tableNames(db)).toEqual([]);
    const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(
      db.kysely,
    );
    expect(recorded.rows).toEqual([]);

    const results = await migrateToLatest(db);
    expect(results.map((r) => r.status)).toEqual(Object.keys(MIGRATIONS).map(() => "Success"));
    expect(await tableNames(db)).toContain("users");
    expect(await tableNames(db)).not.toContain("half_done");
  });

  it("leaves a migrated database unchanged when a later migration throws", async () => {
    const db = await freshDatabase(database);
    cleanups.push(() => db.close());
    await migrateToLatest(db);
    const before = (await tableNames(db)).sort();

    await expect(migrateToLatest(db, FAILING_MIDWAY)).rejects.toThrow(/9999-12-31-fails-midway/);
    expect((await tableNames(db)).sort()).toEqual(before);
    expect(await migrateToLatest(db)).toEqual([]);
  });
});
