import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "./support/http.js";
import { DATABASES, startTestServer, type TestServer } from "./support/test-server.js";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs the real root command `pnpm audit-log:verify` against a database, as an operator would. */
function verify(databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "pnpm",
      ["--silent", "audit-log:verify"],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr }),
    );
  });
}

/**
 * `pnpm audit-log:verify` (issue 8, done-when 5): intact on a used trail; an attacker with database
 * access who drops the trigger and changes or removes a row is named by row, with exit 1.
 */
// Each run starts pnpm and tsx: seconds on a busy machine.
describe.each(DATABASES)("pnpm audit-log:verify on %s", { timeout: 60_000 }, (database) => {
  let server: TestServer;
  let databaseUrl: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    databaseUrl = server.databaseUrl;
    const cookie = await server.signIn("physician@demo.tpi");
    // Six audited requests after the sign-in: rows 1 to 7.
    for (let i = 0; i < 6; i += 1) await call(server.url, "/api/patients", { cookie });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function dropTriggers() {
    const { kysely } = server.running.db;
    if (database === "sqlite") {
      await sql`drop trigger audit_log_no_update`.execute(kysely);
      await sql`drop trigger audit_log_no_delete`.execute(kysely);
    } else {
      await sql`drop trigger audit_log_no_update_delete on audit_log`.execute(kysely);
    }
  }

  it("prints the row count and exits 0 while the chain is intact", async () => {
    const result = await verify(databaseUrl);
    expect(result.stdout).toBe("audit log: 7 rows, chain intact\n");
    expect(result.code).toBe(0);
  });

  it("names the row an attacker changed (trigger dropped) and exits 1", async () => {
    await dropTriggers();
    const { kysely } = server.running.db;
    await kysely.updateTable("audit_log").set({ user_id: null }).where("seq", "=", 4).execute();
    const result = await verify(databaseUrl);
    expect(result.stdout).toMatch(/^audit log: chain broken at row 4: .*changed/);
    expect(result.code).toBe(1);
  });

  it("names the row after one an attacker deleted and exits 1", async () => {
    // Row 4 is already broken; removing row 2 is now the first break.
    const { kysely } = server.running.db;
    await kysely.deleteFrom("audit_log").where("seq", "=", 2).execute();
    const result = await verify(databaseUrl);
    expect(result.stdout).toMatch(/^audit log: chain broken at row 3: .*row 2 missing/);
    expect(result.code).toBe(1);
  });
});
