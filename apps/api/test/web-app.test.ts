import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "./support/http.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

// Static serving does not touch the database, so one database is enough here.
describe("web app from WEB_DIST", () => {
  let server: TestServer;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), "tpi-web-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>TPI Note</title>");
    writeFileSync(
      join(dist, "assets", "app-1a2b3c.js"),
      `console.log('app');\n${"// padding\n".repeat(200)}`,
    );
    server = await startTestServer("sqlite", { webDist: dist });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    {
      name: "the root",
      path: "/",
      status: 200,
      body: "<title>TPI Note</title>",
      cache: "no-cache",
    },
    {
      name: "a client-side route",
      path: "/patients/123/notes",
      status: 200,
      body: "<title>TPI Note</title>",
      cache: "no-cache",
    },
    {
      name: "a hashed asset",
      path: "/assets/app-1a2b3c.js",
      status: 200,
      body: "console.log",
      cache: "public, max-age=31536000, immutable",
    },
    { name: "a missing asset", path: "/assets/gone-000.js", status: 404, body: "", cache: null },
  ])("serves $name", async ({ path, status, body, cache }) => {
    const res = await call(server.url, path);
    expect(res.status).toBe(status);
    expect(res.text).toContain(body);
    if (cache !== null) expect(res.headers.get("cache-control")).toBe(cache);
  });

  it("compresses the app's files for clients that accept gzip", async () => {
    const res = await fetch(`${server.url}/assets/app-1a2b3c.js`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(await res.text()).toContain("console.log('app')");
  });

  it("never answers an /api path with the app shell", async () => {
    const res = await call(server.url, "/api/unknown");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const signedIn = await call(server.url, "/api/unknown", { cookie: await server.signIn() });
    expect(signedIn.status).toBe(404);
    expect(signedIn.headers.get("content-type")).toBe("application/problem+json");
  });
});
