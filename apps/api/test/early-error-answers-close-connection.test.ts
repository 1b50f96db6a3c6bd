import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../src/app.js";
import { startTestServer, type TestServer } from "./support/test-server.js";

/**
 * Sends a request whose declared body is only partly sent (as a large upload looks when the server
 * answers early) on a raw socket, and returns the status line and the headers of the answer.
 */
function rawRequest(
  url: string,
  head: {
    method: string;
    path: string;
    headers: Record<string, string>;
    contentLength: number;
    /** The body sent; by default the first 1 KB of `contentLength` only. */
    body?: string;
  },
): Promise<{ status: number; headers: Map<string, string> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = "";
    socket.setEncoding("latin1");
    socket.on("error", reject);
    socket.on("data", (chunk: string) => {
      received += chunk;
      const end = received.indexOf("\r\n\r\n");
      if (end === -1) return;
      const [statusLine = "", ...lines] = received.slice(0, end).split("\r\n");
      const headers = new Map<string, string>();
      for (const line of lines) {
        const colon = line.indexOf(":");
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      socket.destroy();
      resolve({ status: Number(statusLine.split(" ")[1]), headers });
    });
    const lines = [
      `${head.method} ${head.path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      "Connection: keep-alive",
      `Content-Length: ${head.contentLength}`,
      ...Object.entries(head.headers).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.write(`${lines.join("\r\n")}\r\n\r\n`);
    // By default the first part of the body only: the rest "is still in flight" when the answer comes.
    socket.write(head.body ?? "x".repeat(1024));
  });
}

/**
 * Issue 14, item 8, the kind "an answer sent before the request body was read closes the connection
 * and says so": the unread rest of the body cannot be parsed as the next request, so the server
 * closes the socket; it must answer `Connection: close`, not `keep-alive` and then hang up.
 */
describe("early error answers say Connection: close", () => {
  let server: TestServer;
  let cookie = "";
  beforeAll(async () => {
    server = await startTestServer("sqlite");
    cookie = await server.signIn("physician@demo.tpi");
  });
  afterAll(async () => {
    await server.close();
  });

  it("401 to an upload without a session", async () => {
    const res = await rawRequest(server.url, {
      method: "POST",
      path: "/api/notes",
      headers: { "Content-Type": "application/json" },
      contentLength: 512 * 1024,
    });
    expect(res.status).toBe(401);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("413 to a body declared over the limit", async () => {
    const res = await rawRequest(server.url, {
      method: "POST",
      path: "/api/notes",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      contentLength: MAX_BODY_BYTES + 1,
    });
    expect(res.status).toBe(413);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("415 to a body of the wrong media type", async () => {
    const res = await rawRequest(server.url, {
      method: "POST",
      path: "/api/notes",
      headers: { "Content-Type": "text/plain", Cookie: cookie },
      contentLength: 512 * 1024,
    });
    expect(res.status).toBe(415);
    expect(res.headers.get("connection")).toBe("close");
  });

  it("but an answer after the whole body was read keeps the connection", async () => {
    const body = "{}";
    const res = await rawRequest(server.url, {
      method: "POST",
      path: "/api/notes",
      headers: { "Content-Type": "application/json", Cookie: cookie },
      contentLength: body.length,
      body,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("connection")).toBe("keep-alive");
  });
});
