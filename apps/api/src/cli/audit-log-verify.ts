import { existsSync } from "node:fs";
import { checkChain } from "../audit/audit-chain.js";
import { auditRowsInOrder } from "../audit/audit-log.store.js";
import { connectDatabase } from "../db/connect.js";
import { SettingsError, loadSettings } from "../settings.js";

/**
 * `pnpm audit-log:verify`: walks the audit trail's hash chain in the database the server uses
 * (DATABASE_URL, read by settings.ts exactly as the server reads it). Prints
 * "audit log: N rows, chain intact" (exit 0) or the first broken row and why (exit 1). Read-only.
 */
async function main(): Promise<number> {
  let settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const p of error.problems) {
      process.stderr.write(`Invalid setting ${p.variable}: ${p.message}\n`);
    }
    return 1;
  }
  // Opening a missing SQLite file would create an empty one: say so instead.
  if (settings.database.kind === "sqlite" && !existsSync(settings.database.file)) {
    process.stderr.write(`audit log: no database file at ${settings.database.file}\n`);
    return 1;
  }
  const db = connectDatabase(settings.database);
  try {
    const result = await checkChain(auditRowsInOrder(db));
    if (result.intact) {
      process.stdout.write(`audit log: ${result.rows} rows, chain intact\n`);
      return 0;
    }
    process.stdout.write(`audit log: chain broken at row ${result.seq}: ${result.reason}\n`);
    return 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`audit log: could not be read (${settings.database.kind}): ${message}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
