import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import {
  createLogger,
  DEMO_PASSWORD,
  loadSettings,
  startServer,
  type RunningServer,
} from "../../src/index.js";

export type DatabaseName = "sqlite" | "postgres";
export const DATABASES: readonly DatabaseName[] = ["sqlite", "postgres"];

/** The PostgreSQL server the suite runs against (trust auth on the project's machines). */
const PG_ADMIN_URL = process.env.TPI_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

export interface TestServer {
  url: string;
  /** The DATABASE_URL the server runs on (for a second process or a CLI on the same database). */
  databaseUrl: string;
  running: RunningServer;
  logLines: string[];
  /** Signs in a demo user and returns the Cookie header value. */
  signIn(email?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the real server (real socket on port 0, real database) on a database of its own:
 * a temp SQLite file, or a fresh PostgreSQL schema selected through search_path and dropped afterwards.
 */
export async function startTestServer(
  database: DatabaseName,
  options: {
    webDist?: string;
    now?: () => Date;
    /** Create the demo accounts and patients (DEMO_DATA=1); true unless a test needs an empty server. */
    demoData?: boolean;
    sessionIdleMinutes?: number;
    /** TRUST_PROXY: reverse proxies whose X-Forwarded-* headers are believed. */
    trustProxy?: string;
  } = {},
): Promise<TestServer> {
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (database === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "tpi-api-test-"));
    databaseUrl = `sqlite:${join(dir, "test.sqlite")}`;
    cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  } else {
    const schema = `tpi_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.searchParams.set("options", `-c search_path=${schema}`);
    databaseUrl = url.toString();
    cleanup = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    };
  }

  const settings = loadSettings({
    PORT: "0",
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "info",
    WEB_DIST: options.webDist ?? join(tmpdir(), "tpi-no-web-build-here"),
    DEMO_DATA: options.demoData === false ? "0" : "1",
    SESSION_IDLE_MINUTES: String(options.sessionIdleMinutes ?? 15),
    TRUST_PROXY: options.trustProxy ?? "",
  });
  const logLines: string[] = [];
  const running = await startServer(
    settings,
    createLogger(settings.logLevel, (l) => logLines.push(l)),
    options.now,
  );

  return {
    url: running.url,
    databaseUrl,
    running,
    logLines,
    async signIn(email = "physician@demo.tpi") {
      const res = await fetch(`${running.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status}`);
      const cookie = res.headers.getSetCookie()[0];
      if (cookie === undefined) throw new Error("no session cookie");
      return cookie.split(";")[0] ?? "";
    },
    async close() {
      await running.close();
      await cleanup();
    },
  };
}

/** A complete, valid note as a client would send it (defaults left to the schema). */
export const MINIMAL_NOTE = {
  dateOfService: "2026-11-20",
  payerProfileId: "medicare-lcd-2024",
  procedure: {
    muscles: [
      {
        rowId: "r1",
        muscleId: "upper-trapezius",
        side: "right",
        triggerPoints: 3,
        injectates: [
          { agentId: "lidocaine", concentration: { value: 1, unit: "percent" }, volumeMl: 3 },
        ],
      },
    ],
  },
} as const;
