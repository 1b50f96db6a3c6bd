import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase, type Db } from "../src/db/connect.js";

/** PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
const FULL = 2;

async function pragma(db: Db, name: "synchronous" | "journal_mode"): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(
    db.kysely,
  );
  return rows[0]?.[name];
}

/**
 * Issue 14, item 3, the kind "SQLite durability is what the README promises": better-sqlite3's build
 * makes a reopened WAL database synchronous = NORMAL (a commit acknowledged just before a power cut
 * can be lost); a new file happened to be FULL. The connection sets FULL itself, on every open.
 */
describe("SQLite durability: synchronous = FULL on every connection", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function newFile(): string {
    const dir = mkdtempSync(join(tmpdir(), "tpi-sqlite-sync-"));
    dirs.push(dir);
    return join(dir, "test.sqlite");
  }

  it("is FULL on a new file, in WAL mode", async () => {
    const db = connectDatabase({ kind: "sqlite", file: newFile() });
    try {
      expect(await pragma(db, "journal_mode")).toBe("wal");
      expect(await pragma(db, "synchronous")).toBe(FULL);
    } finally {
      await db.close();
    }
  });

  it("is FULL when an existing WAL file is reopened", async () => {
    const file = newFile();
    const first = connectDatabase({ kind: "sqlite", file });
    await sql`create table t (x integer)`.execute(first.kysely);
    await sql`insert into t values (1)`.execute(first.kysely);
    await first.close();

    const reopened = connectDatabase({ kind: "sqlite", file });
    try {
      expect(await pragma(reopened, "journal_mode")).toBe("wal");
      expect(await pragma(reopened, "synchronous")).toBe(FULL);
    } finally {
      await reopened.close();
    }
  });
});
