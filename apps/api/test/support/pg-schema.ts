import { randomBytes } from "node:crypto";
import pg from "pg";

/** The PostgreSQL server the suite runs against (trust auth on the project's machines). */
export const PG_ADMIN_URL =
  process.env.TPI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface PgSchema {
  name: string;
  /** DATABASE_URL selecting this schema through search_path, as a clinic would configure it. */
  url: string;
  /** Runs SQL as the administrator (outside the app's connection pool). */
  query(text: string): Promise<pg.QueryResult>;
  drop(): Promise<void>;
}

/** A fresh, uniquely named schema on the test PostgreSQL; drop() removes it with everything in it. */
export async function createPgSchema(prefix = "tpi_test"): Promise<PgSchema> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  await query(`create schema ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.searchParams.set("options", `-c search_path=${name}`);
  return {
    name,
    url: url.toString(),
    query,
    drop: async () => {
      await query(`drop schema if exists ${name} cascade`);
    },
  };
}
