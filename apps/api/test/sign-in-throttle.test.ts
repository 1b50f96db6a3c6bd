import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SignInThrottle, type SignInThrottleOptions } from "../src/auth/sign-in-throttle.js";
import { connectDatabase, type Db } from "../src/db/connect.js";
import { migrateToLatest } from "../src/db/migrate.js";
import { createPgSchema, type PgSchema } from "./support/pg-schema.js";

// The throttle on its own, with a one-second window so the end of a pause can be seen without a clock:
// in memory (SQLite's single process) and in PostgreSQL's sign_in_throttle table (shared by processes).
describe.each(["memory", "postgres"] as const)("SignInThrottle (%s)", (store) => {
  const small = { failuresPerAccount: 2, failuresPerAddress: 3, windowSeconds: 1 };
  let schema: PgSchema | undefined;
  let db: Db | undefined;

  beforeAll(async () => {
    if (store !== "postgres") return;
    schema = await createPgSchema();
    db = connectDatabase({ kind: "postgres", connectionString: schema.url });
    await migrateToLatest(db);
  });
  beforeEach(async () => {
    if (db !== undefined) await sql`delete from sign_in_throttle`.execute(db.kysely);
  });
  afterAll(async () => {
    await db?.close();
    await schema?.drop();
  });
  /** A fresh throttle on this store. */
  const newThrottle = (options: SignInThrottleOptions) => new SignInThrottle(options, db?.pgPool);

  it("refuses an email past its limit, case and spaces aside, and lets it try again after the window", async () => {
    const t = newThrottle(small);
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt(" A@X.test ", "10.0.0.2")).toBe(0);
    expect(await t.attempt("a@x.test", "10.0.0.3")).toBe(1);
    expect(await t.attempt("b@x.test", "10.0.0.3")).toBe(0);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await t.attempt("a@x.test", "10.0.0.4")).toBe(0);
  });

  it("refuses an address past its limit across many emails", async () => {
    const t = newThrottle(small);
    for (const email of ["a@x.test", "b@x.test", "c@x.test"]) {
      expect(await t.attempt(email, "10.0.0.9")).toBe(0);
    }
    expect(await t.attempt("d@x.test", "10.0.0.9")).toBe(1);
    expect(await t.attempt("d@x.test", "10.0.0.8")).toBe(0);
  });

  it("counts parallel attempts one by one: a burst cannot pass the limit", async () => {
    const t = newThrottle(small);
    const waits = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.attempt("a@x.test", `10.0.1.${i}`)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(2);
  });

  it("a success forgets the email's failures and gives the address its count back", async () => {
    const t = newThrottle(small);
    await t.attempt("a@x.test", "10.0.0.1");
    await t.succeeded("a@x.test", "10.0.0.1");
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    // Two attempts counted for the address, after the one given back: one more is allowed.
    expect(await t.attempt("b@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt("c@x.test", "10.0.0.1")).toBe(1);
  });
});

describe("SignInThrottle on PostgreSQL", () => {
  it("shares the counts between two throttles on one database, as two API processes would", async () => {
    const schema = await createPgSchema();
    const one = connectDatabase({ kind: "postgres", connectionString: schema.url });
    const two = connectDatabase({ kind: "postgres", connectionString: schema.url });
    try {
      await migrateToLatest(one);
      const options = { failuresPerAccount: 3, failuresPerAddress: 100, windowSeconds: 60 };
      const a = SignInThrottle.forDatabase(one, options);
      const b = SignInThrottle.forDatabase(two, options);
      expect(await a.attempt("shared@x.test", "10.0.0.1")).toBe(0);
      expect(await b.attempt("shared@x.test", "10.0.0.2")).toBe(0);
      expect(await a.attempt("shared@x.test", "10.0.0.3")).toBe(0);
      expect(await b.attempt("shared@x.test", "10.0.0.4")).toBeGreaterThan(0);
      expect(await a.attempt("shared@x.test", "10.0.0.5")).toBeGreaterThan(0);
      // Neither the email nor anything readable as one is stored.
      const rows = await sql<{ key: string }>`select key from sign_in_throttle`.execute(one.kysely);
      expect(rows.rows.map((r) => r.key).join(" ")).not.toContain("shared@x.test");
    } finally {
      await one.close();
      await two.close();
      await schema.drop();
    }
  });
});
