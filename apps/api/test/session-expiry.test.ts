import { afterEach, describe, expect, it } from "vitest";
import { SessionInfoSchema } from "@tpi/schemas";
import { call } from "./support/http.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/**
 * Sessions end after SESSION_IDLE_MINUTES without a request (sliding), and 12 hours after sign-in
 * whatever happens. The server's clock is injected, so minutes pass without waiting.
 */
describe("session expiry", () => {
  const t0 = new Date("2026-11-20T08:00:00.000Z").getTime();
  let now = new Date(t0);
  const at = (minutes: number) => {
    now = new Date(t0 + minutes * 60_000);
  };
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const start = async (sessionIdleMinutes = 15) => {
    now = new Date(t0);
    server = await startTestServer("sqlite", { now: () => now, sessionIdleMinutes });
    return server;
  };
  const me = (s: TestServer, cookie: string) => call(s.url, "/api/session/me", { cookie });
  const info = async (s: TestServer, cookie: string) => {
    const res = await call(s.url, "/api/session", { cookie });
    return {
      status: res.status,
      body: res.status === 200 ? SessionInfoSchema.parse(res.body) : null,
    };
  };

  it("ends a session 15 minutes after its last request, not 12 hours after sign-in", async () => {
    const s = await start();
    const cookie = await s.signIn();
    at(14);
    expect((await me(s, cookie)).status).toBe(200);
    at(28); // 14 minutes after the last request
    expect((await me(s, cookie)).status).toBe(200);
    at(43); // 15 minutes after it
    expect((await me(s, cookie)).status).toBe(401);
    // And it stays ended: a later request does not bring it back.
    expect((await me(s, cookie)).status).toBe(401);
  });

  it("reading how long is left does not extend the session (an unattended screen still signs out)", async () => {
    const s = await start();
    const cookie = await s.signIn();
    at(10);
    const first = await info(s, cookie);
    expect(first.body).toMatchObject({
      expiresAt: "2026-11-20T08:15:00.000Z",
      idleMinutes: 15,
      user: { email: "physician@demo.tpi" },
    });
    at(14);
    expect((await info(s, cookie)).body?.expiresAt).toBe("2026-11-20T08:15:00.000Z");
    at(15);
    expect((await info(s, cookie)).status).toBe(401);
  });

  it('"stay signed in" moves the end to a full idle period from now', async () => {
    const s = await start();
    const cookie = await s.signIn();
    at(14);
    const touched = await call(s.url, "/api/session/touch", { method: "POST", cookie, json: {} });
    expect(touched.status).toBe(200);
    expect(SessionInfoSchema.parse(touched.body).expiresAt).toBe("2026-11-20T08:29:00.000Z");
    at(28);
    expect((await me(s, cookie)).status).toBe(200);
  });

  it("ends a session 12 hours after sign-in however busy, and the cookie says so", async () => {
    const s = await start();
    const res = await call(s.url, "/api/session", {
      method: "POST",
      json: { email: "physician@demo.tpi", password: "demo-tpi-2026" },
    });
    const setCookie = res.headers.getSetCookie()[0] ?? "";
    expect(setCookie).toContain("Expires=Fri, 20 Nov 2026 20:00:00 GMT");
    const cookie = setCookie.split(";")[0] ?? "";
    for (let minute = 10; minute < 12 * 60; minute += 10) {
      at(minute);
      expect((await me(s, cookie)).status, `at minute ${minute}`).toBe(200);
    }
    at(12 * 60 - 1);
    expect((await info(s, cookie)).body?.expiresAt).toBe("2026-11-20T20:00:00.000Z");
    at(12 * 60);
    expect((await me(s, cookie)).status).toBe(401);
  });

  it("takes the idle time from SESSION_IDLE_MINUTES", async () => {
    const s = await start(30);
    const cookie = await s.signIn();
    at(29);
    expect((await info(s, cookie)).body).toMatchObject({ idleMinutes: 30 });
    expect((await me(s, cookie)).status).toBe(200);
    at(59);
    expect((await me(s, cookie)).status).toBe(401);
  });

  it("activity never revives a session that was ended meanwhile", async () => {
    const s = await start();
    const cookie = await s.signIn();
    const other = await s.signIn();
    expect((await call(s.url, "/api/session", { method: "DELETE", cookie })).status).toBe(204);
    at(1);
    expect((await me(s, cookie)).status).toBe(401);
    expect((await me(s, other)).status).toBe(200);
  });
});
