import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { API_PACKAGE_DIR, SettingsError, loadSettings } from "../src/index.js";

describe("loadSettings", () => {
  it("fills the documented defaults, with paths relative to apps/api", () => {
    expect(loadSettings({})).toEqual({
      port: 3000,
      host: "127.0.0.1",
      database: { kind: "sqlite", file: join(API_PACKAGE_DIR, "data", "tpi-note.sqlite") },
      logLevel: "info",
      webDist: join(API_PACKAGE_DIR, "..", "web", "dist"),
      assistantSections: ["encounter", "history", "vitals", "conservativeCare", "priorSessions"],
      sessionIdleMinutes: 15,
      demoData: false,
      trustProxy: [],
    });
  });

  it.each([
    { name: "a port", env: { PORT: "8080" }, expected: { port: 8080 } },
    { name: "port 0 (any free port)", env: { PORT: "0" }, expected: { port: 0 } },
    {
      name: "an empty value as unset",
      env: { PORT: "", LOG_LEVEL: " " },
      expected: { port: 3000, logLevel: "info" },
    },
    { name: "a log level in any case", env: { LOG_LEVEL: "WARN" }, expected: { logLevel: "warn" } },
    { name: "a host", env: { HOST: "0.0.0.0" }, expected: { host: "0.0.0.0" } },
    {
      name: "a PostgreSQL URL",
      env: { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" },
      expected: {
        database: { kind: "postgres", connectionString: "postgres://postgres@127.0.0.1:5432/test" },
      },
    },
    {
      name: "a postgresql:// URL",
      env: { DATABASE_URL: "postgresql://u@db/x" },
      expected: { database: { kind: "postgres", connectionString: "postgresql://u@db/x" } },
    },
    {
      name: "an absolute SQLite path",
      env: { DATABASE_URL: "sqlite:/var/lib/tpi/x.sqlite" },
      expected: { database: { kind: "sqlite", file: "/var/lib/tpi/x.sqlite" } },
    },
    {
      name: "an in-memory SQLite database",
      env: { DATABASE_URL: "sqlite::memory:" },
      expected: { database: { kind: "sqlite", file: ":memory:" } },
    },
    {
      name: "an absolute web folder",
      env: { WEB_DIST: "/srv/web" },
      expected: { webDist: "/srv/web" },
    },
    {
      name: "the assistant's sections, trimmed and once each",
      env: { ASSISTANT_SECTIONS: " history, findings ,history" },
      expected: { assistantSections: ["history", "findings"] },
    },
    {
      name: "an idle time",
      env: { SESSION_IDLE_MINUTES: "30" },
      expected: { sessionIdleMinutes: 30 },
    },
    { name: "demo data on", env: { DEMO_DATA: "1" }, expected: { demoData: true } },
    { name: "demo data as a word", env: { DEMO_DATA: "TRUE" }, expected: { demoData: true } },
    { name: "demo data off", env: { DEMO_DATA: "0" }, expected: { demoData: false } },
    {
      name: "trusted proxies",
      env: { TRUST_PROXY: " 10.0.0.2, ::1 " },
      expected: { trustProxy: ["10.0.0.2", "::1"] },
    },
  ])("reads $name", ({ env, expected }) => {
    expect(loadSettings(env)).toMatchObject(expected);
  });

  it.each([
    {
      name: "a word as port",
      env: { PORT: "abc" },
      variable: "PORT",
      message: 'must be a whole number (got "abc")',
    },
    {
      name: "a fractional port",
      env: { PORT: "80.5" },
      variable: "PORT",
      message: "must be a whole number",
    },
    {
      name: "a negative port",
      env: { PORT: "-1" },
      variable: "PORT",
      message: "must be a whole number",
    },
    {
      name: "a port too high",
      env: { PORT: "65536" },
      variable: "PORT",
      message: "must be between 0 and 65535",
    },
    {
      name: "an unknown log level",
      env: { LOG_LEVEL: "verbose" },
      variable: "LOG_LEVEL",
      message: "must be one of debug, info, warn, error",
    },
    {
      name: "an unknown database scheme",
      env: { DATABASE_URL: "mysql://x/y" },
      variable: "DATABASE_URL",
      message: 'must start with "sqlite:" or "postgres://"',
    },
    {
      name: "a SQLite URL without a path",
      env: { DATABASE_URL: "sqlite:" },
      variable: "DATABASE_URL",
      message: "needs a file path",
    },
    {
      name: "a broken PostgreSQL URL",
      env: { DATABASE_URL: "postgres://[oops" },
      variable: "DATABASE_URL",
      message: "is not a valid postgres:// URL",
    },
    {
      name: "an assistant section that is not a note section",
      env: { ASSISTANT_SECTIONS: "history,procedur" },
      variable: "ASSISTANT_SECTIONS",
      message:
        'must be note section ids from encounter, history, vitals, findings, conservativeCare, priorSessions, consent, procedure, diagnoses, sameDayEm (got "history,procedur")',
    },
    {
      name: "an idle time in words",
      env: { SESSION_IDLE_MINUTES: "fifteen" },
      variable: "SESSION_IDLE_MINUTES",
      message: 'must be a whole number of minutes (got "fifteen")',
    },
    {
      name: "an idle time too short for its warning",
      env: { SESSION_IDLE_MINUTES: "1" },
      variable: "SESSION_IDLE_MINUTES",
      message: "must be at least 2",
    },
    {
      name: "an idle time longer than a session",
      env: { SESSION_IDLE_MINUTES: "721" },
      variable: "SESSION_IDLE_MINUTES",
      message: "must be at most 720",
    },
    {
      name: "a proxy that is not an address",
      env: { TRUST_PROXY: "10.0.0.2,proxy.local" },
      variable: "TRUST_PROXY",
      message: "must be IP addresses, comma-separated",
    },
    {
      name: "demo data neither on nor off",
      env: { DEMO_DATA: "maybe" },
      variable: "DEMO_DATA",
      message: 'must be 1 or 0 (got "maybe")',
    },
  ])("refuses $name, naming the variable", ({ env, variable, message }) => {
    let caught: unknown;
    try {
      loadSettings(env);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    const problems = (caught as SettingsError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.variable).toBe(variable);
    expect(problems[0]?.message).toContain(message);
  });

  it("reports every bad variable at once", () => {
    expect(() => loadSettings({ PORT: "x", LOG_LEVEL: "y" })).toThrow(/PORT: .*; LOG_LEVEL: /);
  });

  it("never echoes a database URL, which may hold a password", () => {
    expect(() => loadSettings({ DATABASE_URL: "mysql://admin:s3cret@db/x" })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("s3cret") as unknown }),
    );
  });
});

/** Runs the real start script as `pnpm start` would, and collects its exit code and output. */
function runServer(
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: API_PACKAGE_DIR,
      env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => child.kill(), 15_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe("start-up with a bad setting", () => {
  it.concurrent.each([
    {
      name: "PORT",
      env: { PORT: "nope" },
      line: 'Invalid setting PORT: must be a whole number (got "nope")',
    },
    {
      name: "LOG_LEVEL",
      env: { LOG_LEVEL: "loud" },
      line: "Invalid setting LOG_LEVEL: must be one of debug, info, warn, error",
    },
  ])("stops with exit code 1 and one clear line for $name", async ({ env, line }) => {
    const result = await runServer({ ...process.env, ...env, DATABASE_URL: "sqlite::memory:" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(line);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe("");
  });
});
