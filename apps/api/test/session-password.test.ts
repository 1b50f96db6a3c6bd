import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemSchema } from "@tpi/schemas";
import { call } from "./support/http.js";
import { createUserAsAdmin, signInWith } from "./support/accounts.js";
import { DATABASES, startTestServer, type TestServer } from "./support/test-server.js";

/** POST /api/session/password: a user's own change ends their other sessions, on both engines. */
describe.each(DATABASES)("changing one's own password on %s", (database) => {
  let server: TestServer;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    admin = await server.signIn("admin@demo.tpi");
  });
  afterAll(async () => {
    await server?.close();
  });

  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    call(server.url, "/api/session/password", {
      method: "POST",
      cookie,
      json: { currentPassword, newPassword },
    });
  const me = (cookie: string) => call(server.url, "/api/session/me", { cookie });

  it("ends the user's other sessions, keeps the one that made the change, and replaces the password", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const here = (await signInWith(server.url, user.email, user.password)).cookie;
    const elsewhere = (await signInWith(server.url, user.email, user.password)).cookie;
    const res = await change(here, user.password, "a fresh passphrase for me");
    expect(res.status, res.text).toBe(204);
    expect((await me(here)).status).toBe(200);
    expect((await me(elsewhere)).status).toBe(401);
    expect((await signInWith(server.url, user.email, user.password)).status).toBe(401);
    expect((await signInWith(server.url, user.email, "a fresh passphrase for me")).status).toBe(
      200,
    );
  });

  it("refuses a wrong current password on its field, changing nothing", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const cookie = (await signInWith(server.url, user.email, user.password)).cookie;
    const other = (await signInWith(server.url, user.email, user.password)).cookie;
    const res = await change(cookie, "not my password at all", "a fresh passphrase for me");
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors?.[0]?.path).toBe("currentPassword");
    expect((await me(other)).status).toBe(200);
    expect((await signInWith(server.url, user.email, user.password)).status).toBe(200);
  });

  it.each([
    ["weak", "password12345"],
    ["the same as the current one", "long enough to be fine"],
  ])("refuses a new password that is %s on the newPassword field", async (_kind, newPassword) => {
    const user = await createUserAsAdmin(server.url, admin);
    const cookie = (await signInWith(server.url, user.email, user.password)).cookie;
    const res = await change(cookie, user.password, newPassword);
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors?.[0]?.path).toBe("newPassword");
  });

  it("pauses guessing of the current password from a signed-in session like sign-in guessing (429)", async () => {
    const user = await createUserAsAdmin(server.url, admin);
    const cookie = (await signInWith(server.url, user.email, user.password)).cookie;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await change(cookie, `guess number ${i} here`, "a fresh passphrase")).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    // Paused even with the right password, as at sign-in.
    expect((await change(cookie, user.password, "a fresh passphrase for me")).status).toBe(429);
  });

  it("needs a session (401)", async () => {
    const res = await call(server.url, "/api/session/password", {
      method: "POST",
      json: { currentPassword: "x", newPassword: "a fresh passphrase" },
    });
    expect(res.status).toBe(401);
  });
});
