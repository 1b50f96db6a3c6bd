import { PostgresAdapter, SqliteAdapter, type Kysely } from "kysely";
import type { DatabaseKind } from "./database.js";

/**
 * Which engine a Kysely instance talks to, for the few migration steps that cannot be portable
 * (triggers): migrations receive only a Kysely, not our Db.
 */
export function dialectOf(db: Kysely<unknown>): DatabaseKind {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return "sqlite";
  if (adapter instanceof PostgresAdapter) return "postgres";
  throw new Error("Unsupported database adapter");
}
