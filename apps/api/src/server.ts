import { warmIcdSearch } from "./coding/icd-search-indexes.js";
import { DEMO_PASSWORD, DEMO_USERS } from "./db/demo-data.js";
import { createLogger } from "./log.js";
import { SettingsError, loadSettings, type Settings } from "./settings.js";
import { startServer } from "./start.js";

// The `start` script. Everything that can fail expectedly prints one clear line and exits 1.

function settingsOrExit(): Settings {
  try {
    return loadSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const p of error.problems) {
      process.stderr.write(`Invalid setting ${p.variable}: ${p.message}\n`);
    }
    process.exit(1);
  }
}

const settings = settingsOrExit();
const logger = createLogger(settings.logLevel);

try {
  const running = await startServer(settings, logger);
  const lines = [
    `TPI Note is running at ${running.url}  (database: ${settings.database.kind})`,
    ...(running.seeded ? ["Demo data was created on this first start."] : []),
    ...(settings.demoData
      ? [
          `Demo sign-in (synthetic accounts), password "${DEMO_PASSWORD}":`,
          ...DEMO_USERS.map((u) => `  ${u.email.padEnd(20)} ${u.role}`),
        ]
      : []),
    ...(running.hasUsers
      ? []
      : [
          "No accounts yet. Create the first administrator with:  pnpm create-admin",
          "(or start with DEMO_DATA=1 for the synthetic demo accounts and patients)",
        ]),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);

  // Build today's diagnosis-search index now, while nobody is waiting on it (a few seconds of CPU).
  setTimeout(() => {
    const started = performance.now();
    try {
      const codeSet = warmIcdSearch(new Date().toISOString().slice(0, 10));
      logger.info("icd-search.ready", { codeSet, ms: Math.round(performance.now() - started) });
    } catch (error) {
      logger.error("icd-search.warm-failed", {
        error: error instanceof Error ? error.message : "unknown",
      });
    }
  }, 0);

  const shutdown = (signal: string) => {
    logger.info("shutdown", { signal });
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const cause =
    error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  process.stderr.write(`TPI Note could not start: ${message}${cause}\n`);
  process.exit(1);
}
