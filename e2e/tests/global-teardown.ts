import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * After the journeys, while their server still runs: `pnpm audit-log:verify` walks the audit trail
 * every journey appended to in the run's database and must find the chain intact (issue 8). A broken
 * chain fails the run with the first broken row.
 */
export default function verifyAuditLog(): void {
  const databaseUrl = process.env.TPI_E2E_DATABASE_URL;
  if (databaseUrl === undefined) {
    throw new Error("TPI_E2E_DATABASE_URL is set by playwright.config.ts");
  }
  const root = fileURLToPath(new URL("../..", import.meta.url));
  try {
    const out = execFileSync("pnpm", ["--silent", "audit-log:verify"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    process.stdout.write(`${out.trim()} (${databaseUrl})\n`);
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(
      `pnpm audit-log:verify failed on ${databaseUrl}: ${failed.stdout ?? ""}${failed.stderr ?? ""}`.trim(),
    );
  }
}
