import { describe, expect, it } from "vitest";
import { call } from "./support/http.js";
import { startTestServer } from "./support/test-server.js";

describe("session expiry", () => {
  it("accepts a session for 12 hours and refuses it after", async () => {
    let now = new Date("2026-11-20T08:00:00.000Z");
    const server = await startTestServer("sqlite", { now: () => now });
    try {
      const cookie = await server.signIn();
      now = new Date("2026-11-20T19:59:00.000Z");
      expect((await call(server.url, "/api/session/me", { cookie })).status).toBe(200);
      now = new Date("2026-11-20T20:00:00.000Z");
      expect((await call(server.url, "/api/session/me", { cookie })).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
