import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { AdminUserSchema } from "@tpi/schemas";
import {
  API_PACKAGE_DIR,
  DEMO_PASSWORD,
  createLogger,
  loadSettings,
  startServer,
} from "../src/index.js";
import { call } from "./support/http.js";
import { signInWith } from "./support/accounts.js";
import { startApiProcess } from "./support/api-process.js";
import { createPgSchema } from "./support/pg-schema.js";

/**
 * Without DEMO_DATA=1 a server starts with no accounts and no patients, says how to make the first
 * administrator, and `pnpm create-admin` (src/cli/create-admin.ts) makes it: from flags, the
 * environment or a prompt, refusing a weak password or a taken email.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function freshSqliteUrl(): string {
  const dir = mkdtempSync(join(tmpdir(), "tpi-create-admin-"));
  dirs.push(dir);
  return `sqlite:${join(dir, "clinic.sqlite")}`;
}

function createAdmin(
  args: string[],
  env: Record<string, string>,
  stdin?: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/create-admin.ts", ...args], {
      cwd: API_PACKAGE_DIR,
      env: {
        ...process.env,
        ADMIN_EMAIL: "",
        ADMIN_NAME: "",
        ADMIN_PASSWORD: "",
        LOG_LEVEL: "warn",
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.stdin.end(stdin ?? "");
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The server on that database without demo data, as a clinic runs it. */
async function serverOn(databaseUrl: string) {
  const settings = loadSettings({
    PORT: "0",
    DATABASE_URL: databaseUrl,
    WEB_DIST: join(tmpdir(), "tpi-no-web-build-here"),
  });
  return startServer(
    settings,
    createLogger("error", () => undefined),
  );
}

describe("a server without DEMO_DATA", () => {
  it("starts empty and says to run pnpm create-admin, printing no demo sign-in", async () => {
    const api = await startApiProcess({ DATABASE_URL: freshSqliteUrl() });
    try {
      expect(api.output()).toContain("No accounts yet");
      expect(api.output()).toContain("pnpm create-admin");
      expect(api.output()).not.toContain(DEMO_PASSWORD);
      expect((await signInWith(api.url, "physician@demo.tpi", DEMO_PASSWORD)).status).toBe(401);
    } finally {
      await api.stop();
    }
  });
});

describe("pnpm create-admin", () => {
  it("makes the first administrator from flags; it signs in, manages accounts, and the database holds no demo data", async () => {
    const url = freshSqliteUrl();
    const run = await createAdmin(
      [
        "--email",
        "Lead@Clinic.test",
        "--name",
        "Casey Lead",
        "--password",
        "a long clinic passphrase",
      ],
      { DATABASE_URL: url },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Created administrator Casey Lead <lead@clinic.test>");

    const running = await serverOn(url);
    try {
      const signIn = await signInWith(running.url, "lead@clinic.test", "a long clinic passphrase");
      expect(signIn.status).toBe(200);
      const users = z
        .array(AdminUserSchema)
        .parse((await call(running.url, "/api/admin/users", { cookie: signIn.cookie })).body);
      expect(users.map((u) => [u.email, u.role])).toEqual([["lead@clinic.test", "admin"]]);
      const patients = await running.db.kysely.selectFrom("patients").select("id").execute();
      expect(patients).toEqual([]);
      const trail = await running.db.kysely
        .selectFrom("audit_log")
        .select(["action", "client_address", "user_id"])
        .execute();
      expect(trail[0]).toMatchObject({
        action: "cli create-admin",
        client_address: "cli",
        user_id: users[0]?.id,
      });
    } finally {
      await running.close();
    }
  });

  it("asks for what it was not given (piped answers) and takes values from the environment", async () => {
    const url = freshSqliteUrl();
    const asked = await createAdmin(
      [],
      { DATABASE_URL: url },
      "ops@clinic.test\nOps Lead\nanother long passphrase\n",
    );
    expect(asked.status, asked.stderr).toBe(0);
    expect(asked.stdout).toContain("Email: ");
    expect(asked.stdout).toContain("Password");
    const fromEnv = await createAdmin([], {
      DATABASE_URL: url,
      ADMIN_EMAIL: "second@clinic.test",
      ADMIN_NAME: "Second Admin",
      ADMIN_PASSWORD: "yet another long passphrase",
    });
    expect(fromEnv.status, fromEnv.stderr).toBe(0);
    expect(fromEnv.stdout).not.toContain("Email: ");
    const running = await serverOn(url);
    try {
      expect(
        (await signInWith(running.url, "ops@clinic.test", "another long passphrase")).status,
      ).toBe(200);
      expect(
        (await signInWith(running.url, "second@clinic.test", "yet another long passphrase")).status,
      ).toBe(200);
    } finally {
      await running.close();
    }
  });

  it.each([
    ["a short password", ["--password", "too-short1"], "at least 12"],
    ["a well-known password", ["--password", "password123456"], "well-known"],
    ["the person's name", ["--password", "riley morgan 2026"], "name"],
    ["an invalid email", ["--email", "not an email"], "email"],
  ])("refuses %s with one line and exit 1, creating nothing", async (_kind, override, says) => {
    const url = freshSqliteUrl();
    const base = {
      "--email": "riley@clinic.test",
      "--name": "Riley Morgan",
      "--password": "a long clinic passphrase",
    };
    const args = Object.entries({ ...base, [override[0]!]: override[1]! }).flat();
    const run = await createAdmin(args, { DATABASE_URL: url });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^create-admin: refused: .+\n$/);
    expect(run.stderr).toContain(says);
    const running = await serverOn(url);
    try {
      expect(await running.db.kysely.selectFrom("users").select("id").execute()).toEqual([]);
    } finally {
      await running.close();
    }
  });

  it("refuses an email that already has an account", async () => {
    const url = freshSqliteUrl();
    const args = [
      "--email",
      "dup@clinic.test",
      "--name",
      "Dup",
      "--password",
      "a long clinic passphrase",
    ];
    expect((await createAdmin(args, { DATABASE_URL: url })).status).toBe(0);
    const again = await createAdmin(args, { DATABASE_URL: url });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("exists already");
  });

  it("works on PostgreSQL (DATABASE_URL as the server reads it)", async () => {
    const schema = await createPgSchema();
    try {
      const run = await createAdmin([], {
        DATABASE_URL: schema.url,
        ADMIN_EMAIL: "pg-admin@clinic.test",
        ADMIN_NAME: "PG Admin",
        ADMIN_PASSWORD: "a long clinic passphrase",
      });
      expect(run.status, run.stderr).toBe(0);
      const running = await serverOn(schema.url);
      try {
        expect(
          (await signInWith(running.url, "pg-admin@clinic.test", "a long clinic passphrase"))
            .status,
        ).toBe(200);
      } finally {
        await running.close();
      }
    } finally {
      await schema.drop();
    }
  });
});
