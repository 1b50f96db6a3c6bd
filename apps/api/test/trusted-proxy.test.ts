import { afterEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/index.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/**
 * Behind a reverse proxy (TLS, two API processes): the client's address and https come from the
 * proxy's X-Forwarded-For and X-Forwarded-Proto, but only when the request comes from an address in
 * TRUST_PROXY; from anyone else the headers are ignored, so a client cannot choose the address the
 * sign-in throttle counts and the audit trail records.
 */
describe("client address and https through a reverse proxy", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const signIn = (s: TestServer, headers: Record<string, string>) =>
    fetch(`${s.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email: "physician@demo.tpi", password: DEMO_PASSWORD }),
    });
  const lastAddress = async (s: TestServer) =>
    (
      await s.running.db.kysely
        .selectFrom("audit_log")
        .select("client_address")
        .orderBy("seq", "desc")
        .limit(1)
        .executeTakeFirstOrThrow()
    ).client_address;

  it("ignores forwarding headers from a client that is not a trusted proxy", async () => {
    server = await startTestServer("sqlite");
    const res = await signIn(server, {
      "x-forwarded-for": "203.0.113.7",
      "x-forwarded-proto": "https",
    });
    expect(res.status).toBe(200);
    expect(await lastAddress(server)).toBe("127.0.0.1");
    expect(res.headers.getSetCookie()[0]).not.toMatch(/;\s*Secure/i);
  });

  it("takes the address the trusted proxy saw, not one the client wrote, and marks the cookie Secure over https", async () => {
    server = await startTestServer("sqlite", { trustProxy: "127.0.0.1" });
    // The client wrote 198.51.100.1 itself; the proxy appended the address it saw.
    const res = await signIn(server, {
      "x-forwarded-for": "198.51.100.1, 203.0.113.7",
      "x-forwarded-proto": "https",
    });
    expect(res.status).toBe(200);
    expect(await lastAddress(server)).toBe("203.0.113.7");
    expect(res.headers.getSetCookie()[0]).toMatch(/;\s*Secure/i);
  });

  it("pauses one client behind the proxy after its 100 failures, not everyone behind the proxy", async () => {
    server = await startTestServer("sqlite", { trustProxy: "127.0.0.1" });
    const wrong = (address: string, email: string) =>
      fetch(`${server!.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": address },
        body: JSON.stringify({ email, password: "not the password" }),
      }).then((r) => r.status);
    // A hundred guesses across a hundred emails from one client (DEFAULT_SIGN_IN_THROTTLE's limit).
    for (let batch = 0; batch < 10; batch += 1) {
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          wrong("203.0.113.7", `guess-${batch}-${i}@clinic.test`),
        ),
      );
      expect(statuses.every((s) => s === 401)).toBe(true);
    }
    expect(await wrong("203.0.113.7", "one-more@clinic.test")).toBe(429);
    // Another client behind the same proxy is not paused, and the trail tells them apart.
    expect(await wrong("203.0.113.9", "someone@clinic.test")).toBe(401);
    expect(await lastAddress(server)).toBe("203.0.113.9");
  }, 60_000);
});
