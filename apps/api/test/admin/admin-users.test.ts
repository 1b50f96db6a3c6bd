import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { AdminUserSchema, ProblemSchema } from "@tpi/schemas";
import { call } from "../support/http.js";
import { createUserAsAdmin, signInWith, uniqueEmail } from "../support/accounts.js";
import { DATABASES, startTestServer, type TestServer } from "../support/test-server.js";

/** The admin's account routes on the real server: each change takes effect at once, on both engines. */
describe.each(DATABASES)("admin user accounts on %s", (database) => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    admin = await server.signIn("admin@demo.tpi");
  });
  afterAll(async () => {
    await server?.close();
  });

  const me = (cookie: string) => call(server.url, "/api/session/me", { cookie });
  const patch = (id: string, json: unknown) =>
    call(server.url, `/api/admin/users/${id}`, { method: "PATCH", cookie: admin, json });

  it("lists the accounts with whether each is active", async () => {
    const res = await call(server.url, "/api/admin/users", { cookie: admin });
    expect(res.status).toBe(200);
    const users = z.array(AdminUserSchema).parse(res.body);
    expect(users.map((u) => u.email)).toEqual(
      expect.arrayContaining(["admin@demo.tpi", "physician@demo.tpi", "coder@demo.tpi"]),
    );
    expect(users.every((u) => u.active && u.deactivatedAt === null)).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain("scrypt");
  });

  it("a created account signs in with its password and has the role given", async () => {
    const user = await createUserAsAdmin(server.url, admin, { role: "coder" });
    expect(user).toMatchObject({ role: "coder", active: true });
    const signIn = await signInWith(server.url, user.email, user.password);
    expect(signIn.status).toBe(200);
    expect((await me(signIn.cookie)).body).toMatchObject({ id: user.id, role: "coder" });
  });

  it("refuses a second account with an email already used, whatever its case (409 on the email field)", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const res = await call(server.url, "/api/admin/users", {
      method: "POST",
      cookie: admin,
      json: {
        email: user.email.toUpperCase(),
        displayName: "Someone Else",
        role: "coder",
        password: "another long passphrase",
      },
    });
    expect(res.status).toBe(409);
    expect(ProblemSchema.parse(res.body)).toMatchObject({
      type: "/problems/email-taken",
      errors: [{ path: "email" }],
    });
  });

  it.each([
    ["too short", "short-pass1", "at least 12"],
    ["a well-known password", "password1234", "well-known"],
    ["one character repeated", "aaaaaaaaaaaaaaaa", "different characters"],
    ["a repeated pattern", "abc12abc12abc12", "pattern"],
    ["a run of digits", "123456789012", "run"],
    ["the email's name", "marisol.ortega!2026", "email"],
  ])(
    "refuses a weak password (%s) with 400 on the password field",
    async (_kind, password, says) => {
      const res = await call(server.url, "/api/admin/users", {
        method: "POST",
        cookie: admin,
        json: {
          email: uniqueEmail("marisol.ortega"),
          displayName: "Marisol Ortega",
          role: "physician",
          password,
        },
      });
      expect(res.status).toBe(400);
      const problem = ProblemSchema.parse(res.body);
      expect(problem.errors?.[0]?.path).toBe("password");
      expect(problem.errors?.[0]?.message).toContain(says);
    },
  );

  it("refuses an invalid body with the field paths (400), never a 500", async () => {
    const res = await call(server.url, "/api/admin/users", {
      method: "POST",
      cookie: admin,
      json: { email: "not-an-email", displayName: "", role: "superuser", password: "x" },
    });
    expect(res.status).toBe(400);
    const paths = ProblemSchema.parse(res.body).errors?.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["email", "displayName", "role", "password"]));
  });

  it("deactivating ends the user's sessions at once and refuses sign-in; reactivating restores sign-in", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const first = await signInWith(server.url, user.email, user.password);
    const second = await signInWith(server.url, user.email, user.password);
    expect((await me(first.cookie)).status).toBe(200);

    const res = await patch(user.id, { active: false });
    expect(res.status).toBe(200);
    expect(AdminUserSchema.parse(res.body)).toMatchObject({ active: false });
    expect((res.body as { deactivatedAt: string }).deactivatedAt).toMatch(/^\d{4}-/);
    expect((await me(first.cookie)).status).toBe(401);
    expect((await me(second.cookie)).status).toBe(401);

    const refused = await signInWith(server.url, user.email, user.password);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ type: "/problems/account-deactivated" });
    expect(refused.cookie).toBe("");
    // A wrong password still reads as a wrong password: deactivation is not revealed to a guesser.
    expect((await signInWith(server.url, user.email, "wrong password here")).status).toBe(401);

    expect((await patch(user.id, { active: true })).body).toMatchObject({
      active: true,
      deactivatedAt: null,
    });
    expect((await signInWith(server.url, user.email, user.password)).status).toBe(200);
  });

  it("a role change ends the user's sessions; the next sign-in has the new role", async () => {
    const user = await createUserAsAdmin(server.url, admin, { role: "medical-assistant" });
    const before = await signInWith(server.url, user.email, user.password);
    expect((await patch(user.id, { role: "physician" })).body).toMatchObject({ role: "physician" });
    expect((await me(before.cookie)).status).toBe(401);
    const after = await signInWith(server.url, user.email, user.password);
    expect((await me(after.cookie)).body).toMatchObject({ role: "physician" });
  });

  it("a request that changes nothing leaves the user's sessions alone", async () => {
    const user = await createUserAsAdmin(server.url, admin, { role: "coder" });
    const session = await signInWith(server.url, user.email, user.password);
    expect((await patch(user.id, { role: "coder", active: true })).status).toBe(200);
    expect((await me(session.cookie)).status).toBe(200);
  });

  it("a password reset ends the user's sessions; the old password stops working", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const session = await signInWith(server.url, user.email, user.password);
    const res = await call(server.url, `/api/admin/users/${user.id}/password`, {
      method: "POST",
      cookie: admin,
      json: { password: "a brand new passphrase" },
    });
    expect(res.status).toBe(204);
    expect((await me(session.cookie)).status).toBe(401);
    expect((await signInWith(server.url, user.email, user.password)).status).toBe(401);
    expect((await signInWith(server.url, user.email, "a brand new passphrase")).status).toBe(200);
  });

  it("a reset to a weak password is refused on the password field", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const res = await call(server.url, `/api/admin/users/${user.id}/password`, {
      method: "POST",
      cookie: admin,
      json: { password: "qwertyqwertyqwerty" },
    });
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors?.[0]?.path).toBe("password");
  });

  it("answers 404 for an unknown user, for a change and for a reset", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect((await patch(id, { active: false })).status).toBe(404);
    const reset = await call(server.url, `/api/admin/users/${id}/password`, {
      method: "POST",
      cookie: admin,
      json: { password: "a brand new passphrase" },
    });
    expect(reset.status).toBe(404);
  });

  it("never leaves the clinic without an active admin: the last one cannot be deactivated or demoted", async () => {
    // A clinic of its own: the demo admin is the only admin on a fresh server.
    const own = await startTestServer(database);
    try {
      const cookie = await own.signIn("admin@demo.tpi");
      const users = z
        .array(AdminUserSchema)
        .parse((await call(own.url, "/api/admin/users", { cookie })).body);
      const demoAdmin = users.find((u) => u.role === "admin");
      expect(demoAdmin).toBeDefined();
      const change = (id: string, json: unknown, as = cookie) =>
        call(own.url, `/api/admin/users/${id}`, { method: "PATCH", cookie: as, json });

      for (const json of [{ active: false }, { role: "physician" }]) {
        const res = await change(demoAdmin!.id, json);
        expect(res.status).toBe(409);
        expect(res.body).toMatchObject({ type: "/problems/last-admin" });
      }
      expect((await call(own.url, "/api/session/me", { cookie })).body).toMatchObject({
        role: "admin",
      });

      // With a second admin, the first may step down.
      const second = await createUserAsAdmin(own.url, cookie, { role: "admin" });
      expect((await change(demoAdmin!.id, { role: "physician" })).status).toBe(200);
      // ... and that second admin is now the last one.
      const secondCookie = (await signInWith(own.url, second.email, second.password)).cookie;
      expect((await change(second.id, { active: false }, secondCookie)).status).toBe(409);
    } finally {
      await own.close();
    }
  });

  it("puts each account change in the audit trail with the account it changed", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    await patch(user.id, { active: false });
    const rows = await server.running.db.kysely
      .selectFrom("audit_log")
      .select(["action", "detail", "status"])
      .where("action", "like", "% /api/admin/users%")
      .orderBy("seq", "desc")
      .limit(2)
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      "PATCH /api/admin/users/:id",
      "POST /api/admin/users",
    ]);
    expect(JSON.parse(rows[0]?.detail ?? "{}")).toMatchObject({
      targetUserId: user.id,
      active: false,
      sessionsEnded: 0,
    });
    expect(JSON.parse(rows[1]?.detail ?? "{}")).toMatchObject({ targetUserId: user.id });
    // Never the password.
    expect(rows.map((r) => r.detail).join(" ")).not.toContain(user.password);
  });
});
