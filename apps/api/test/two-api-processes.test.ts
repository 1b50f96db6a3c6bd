import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkChain } from "../src/audit/audit-chain.js";
import { auditRowsInOrder } from "../src/audit/audit-log.store.js";
import { call } from "./support/http.js";
import { startApiProcess, type ApiProcess } from "./support/api-process.js";
import { createUserAsAdmin, signInWith } from "./support/accounts.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/**
 * Two API processes on one PostgreSQL schema, as a clinic runs them behind a proxy: a request may
 * reach either, so sessions and the sign-in throttle must be the same on both. (With the throttle
 * in each process's memory, failures split between processes would never reach the limit.)
 */
describe("two API processes on one PostgreSQL", () => {
  let one: TestServer;
  let two: ApiProcess;

  beforeAll(async () => {
    one = await startTestServer("postgres");
    two = await startApiProcess({ DATABASE_URL: one.databaseUrl });
  }, 60_000);
  afterAll(async () => {
    await two?.stop();
    await one?.close();
  });

  it("a session made on one process works on the other, and signing out on one ends it on both", async () => {
    const cookie = await one.signIn("physician@demo.tpi");
    expect((await call(two.url, "/api/session/me", { cookie })).status).toBe(200);
    expect((await call(two.url, "/api/session", { method: "DELETE", cookie })).status).toBe(204);
    expect((await call(one.url, "/api/session/me", { cookie })).status).toBe(401);
  });

  it("counts failed sign-ins for an email across both processes, and both pause it", async () => {
    const admin = await one.signIn("admin@demo.tpi");
    const user = await createUserAsAdmin(one.url, admin);
    // Five failures, split three and two: the account's limit (DEFAULT_SIGN_IN_THROTTLE).
    for (const url of [one.url, two.url, one.url, two.url, one.url]) {
      expect((await signInWith(url, user.email, "a wrong password")).status).toBe(401);
    }
    // Paused on both, even with the right password.
    expect((await signInWith(two.url, user.email, user.password)).status).toBe(429);
    expect((await signInWith(one.url, user.email, user.password)).status).toBe(429);
  });

  it("an admin's deactivation on one process ends the user's session on the other at once", async () => {
    const admin = await one.signIn("admin@demo.tpi");
    const user = await createUserAsAdmin(one.url, admin);
    const cookie = (await signInWith(two.url, user.email, user.password)).cookie;
    expect((await call(two.url, "/api/session/me", { cookie })).status).toBe(200);
    const res = await call(one.url, `/api/admin/users/${user.id}`, {
      method: "PATCH",
      cookie: admin,
      json: { active: false },
    });
    expect(res.status).toBe(200);
    expect((await call(two.url, "/api/session/me", { cookie })).status).toBe(401);
  });

  it("both append to one unbroken audit chain", async () => {
    const cookie = await one.signIn("physician@demo.tpi");
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(i % 2 === 0 ? one.url : two.url, "/api/patients", { cookie }),
      ),
    );
    const rows = await one.running.db.kysely
      .selectFrom("audit_log")
      .select(["seq"])
      .orderBy("seq")
      .execute();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(await checkChain(auditRowsInOrder(one.running.db))).toEqual({
      intact: true,
      rows: rows.length,
    });
  });
});
