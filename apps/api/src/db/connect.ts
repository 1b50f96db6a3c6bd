import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter } from "kysely";
import pg from "pg";
import type { DatabaseTarget } from "../settings.js";
import type { Database, DatabaseKind } from "./database.js";

/**
 * SQLite runs DDL in transactions, but Kysely's adapter says it cannot, so its Migrator ran every
 * migration and its record outside any transaction: a start killed midway left tables without the
 * record, and no later start could run (issue 14). With this adapter the Migrator runs the pending
 * migrations and their records in one transaction on SQLite too, as it does on PostgreSQL.
 */
class SqliteTransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SqliteTransactionalDdlDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new SqliteTransactionalDdlAdapter();
  }
}

export interface Db {
  kysely: Kysely<Database>;
  kind: DatabaseKind;
  /** PostgreSQL's connection pool (the one Kysely uses), for libraries that take a pg pool. */
  pgPool?: pg.Pool;
  close(): Promise<void>;
}

/** Opens the database the settings name: a SQLite file (WAL, foreign keys on) or a PostgreSQL pool. */
export function connectDatabase(target: DatabaseTarget): Db {
  switch (target.kind) {
    case "sqlite": {
      if (target.file !== ":memory:") mkdirSync(dirname(target.file), { recursive: true });
      const sqlite = new SqliteDatabase(target.file);
      // WAL lets readers run while a write commits; SQLite leaves foreign keys off unless asked.
      if (target.file !== ":memory:") sqlite.pragma("journal_mode = WAL");
      // Durability: a commit is on disk (WAL fsynced) before it is acknowledged. Set on every open:
      // better-sqlite3's build otherwise gives a reopened WAL database NORMAL, where a commit
      // acknowledged just before a power cut or OS crash can be lost (README, "Durability").
      sqlite.pragma("synchronous = FULL");
      sqlite.pragma("foreign_keys = ON");
      sqlite.pragma("busy_timeout = 5000");
      const kysely = new Kysely<Database>({
        dialect: new SqliteTransactionalDdlDialect({ database: sqlite }),
      });
      return { kysely, kind: "sqlite", close: () => kysely.destroy() };
    }
    case "postgres": {
      const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
      const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      return { kysely, kind: "postgres", pgPool: pool, close: () => kysely.destroy() };
    }
  }
}
