import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { NoteRecordSchema } from "@tpi/schemas";
import {
  connectDatabase,
  createLogger,
  DEMO_PASSWORD,
  loadSettings,
  migrateToLatest,
  startServer,
  type RunningServer,
} from "../src/index.js";
import { MIGRATIONS } from "../src/db/migrations.js";
import { call } from "./support/http.js";
import { createPgSchema } from "./support/pg-schema.js";

/**
 * Done-when 6 of issue 8: today's migrations bring a database made by the previous release (stored in
 * test/fixtures/previous-release, see its README) to the current schema on both engines, and the notes
 * that release stored read the same afterwards.
 */
const FIXTURES = join(import.meta.dirname, "fixtures/previous-release");
const FIXTURE_SCHEMA = "tpi_previous_release";

interface Expected {
  commit: string;
  sqlite: unknown[];
  postgres: unknown[];
}
const expected = JSON.parse(
  readFileSync(join(FIXTURES, "expected-notes.json"), "utf8"),
) as Expected;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The previous release's SQLite file, unpacked to a temp folder; returns its DATABASE_URL. */
function loadSqliteFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "tpi-previous-release-"));
  cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  const file = join(dir, "previous.sqlite");
  writeFileSync(file, gunzipSync(readFileSync(join(FIXTURES, "sqlite.db.gz"))));
  return `sqlite:${file}`;
}

/** The previous release's pg_dump, loaded into a fresh schema of its own; returns its DATABASE_URL. */
async function loadPostgresFixture(): Promise<string> {
  const schema = await createPgSchema("tpi_prev");
  cleanups.push(schema.drop);
  // The dump creates its own schema: load it under the fresh name instead.
  await schema.query(`drop schema ${schema.name}`);
  const dump = readFileSync(join(FIXTURES, "postgres.sql"), "utf8").replaceAll(
    FIXTURE_SCHEMA,
    schema.name,
  );
  await schema.query(dump);
  return schema.url;
}

/** Today's server on that database (its start-up runs the migrations); closed after the test. */
async function start(databaseUrl: string): Promise<RunningServer> {
  const settings = loadSettings({
    PORT: "0",
    DATABASE_URL: databaseUrl,
    WEB_DIST: join(tmpdir(), "tpi-no-web-build-here"),
  });
  const running = await startServer(
    settings,
    createLogger("error", () => undefined),
  );
  cleanups.push(() => running.close());
  return running;
}

async function signIn(url: string, email: string): Promise<string> {
  const res = await call(url, "/api/session", {
    method: "POST",
    json: { email, password: DEMO_PASSWORD },
  });
  expect(res.status).toBe(200);
  return (res.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
}

/** What must not change about a stored note when the schema moves on. */
function essentials(record: unknown) {
  const r = NoteRecordSchema.parse(record);
  return {
    id: r.id,
    patientId: r.patientId,
    version: r.version,
    note: r.note,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    carriedForward: r.carriedForward,
  };
}

describe.each([
  { engine: "sqlite" as const, load: () => Promise.resolve(loadSqliteFixture()) },
  { engine: "postgres" as const, load: loadPostgresFixture },
])("a database made by the previous release, on $engine", ({ engine, load }) => {
  it("is migrated to the current schema at start-up and its notes read the same", async () => {
    const databaseUrl = await load();
    const running = await start(databaseUrl);

    const applied = await running.db.kysely
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    expect(applied.map((r) => (r as { name: string }).name).sort()).toEqual(
      Object.keys(MIGRATIONS).sort(),
    );

    const cookie = await signIn(running.url, "physician@demo.tpi");
    const before = expected[engine];
    expect(before.length).toBeGreaterThanOrEqual(5);
    for (const old of before) {
      const { id } = old as { id: string };
      const now = await call(running.url, `/api/notes/${id}`, { cookie });
      expect(now.status).toBe(200);
      expect(essentials(now.body)).toEqual(essentials(old));
    }
  });

  it("migrates again without change on the next start (every migration ran once)", async () => {
    const databaseUrl = await load();
    const first = connectDatabase(loadSettings({ DATABASE_URL: databaseUrl }).database);
    const ran = await migrateToLatest(first).finally(() => first.close());
    expect(ran.every((r) => r.status === "Success")).toBe(true);
    const second = connectDatabase(loadSettings({ DATABASE_URL: databaseUrl }).database);
    expect(await migrateToLatest(second).finally(() => second.close())).toEqual([]);
  });
});
