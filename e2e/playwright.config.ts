import { defineConfig } from "@playwright/test";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/chromium";

// The journeys run against the real thing: the API (Hono on Node) serving the production web build,
// on a fresh SQLite file per run, in Debian's Chromium (the machine cannot download Playwright's own).
// E2E_PORT lets a second run (a fresh-clone CI check) share the machine with a developer's run.
const PORT = Number(process.env.E2E_PORT ?? 4317);
// Named once by the runner process; its workers load this file again in processes of their own and
// inherit the name, and the global teardown reads it to check the run's audit trail.
process.env.TPI_E2E_DATABASE_FILE ??= join(tmpdir(), `tpi-note-e2e-${process.pid}.sqlite`);
const DB = process.env.TPI_E2E_DATABASE_FILE;
const DATABASE_URL = `sqlite:${DB}`;
process.env.TPI_E2E_DATABASE_URL = DATABASE_URL;

export default defineConfig({
  testDir: "tests",
  // `pnpm audit-log:verify` on the run's database once the journeys are done (before the server stops).
  globalTeardown: "./tests/global-teardown.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  webServer: {
    command: `pnpm --filter @tpi/web build && rm -f ${DB} ${DB}-wal ${DB}-shm && pnpm --filter @tpi/api start`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    // DEMO_DATA=1: the journeys sign in with the demo accounts and open the demo patients.
    env: { PORT: String(PORT), DATABASE_URL, LOG_LEVEL: "warn", DEMO_DATA: "1" },
  },
});
