import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { connectDatabase, type Db } from "./db/connect.js";
import { seedDemoDataIfEmpty } from "./db/demo-data.js";
import { migrateToLatest } from "./db/migrate.js";
import type { Logger } from "./log.js";
import type { Settings } from "./settings.js";

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Whether this start created the demo accounts (a fresh database with DEMO_DATA=1). */
  seeded: boolean;
  /** Whether the database has any account (if not, `pnpm create-admin` makes the first). */
  hasUsers: boolean;
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds demo data on first start, then listens. Port 0 = any free port. */
export async function startServer(
  settings: Settings,
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<RunningServer> {
  const db = connectDatabase(settings.database);
  try {
    const migrations = await migrateToLatest(db);
    for (const m of migrations) {
      logger.info("db.migrated", { migration: m.migrationName, status: m.status });
    }
    // Demo accounts and patients only when asked for (DEMO_DATA=1): a clinic's server starts empty,
    // and `pnpm create-admin` makes its first account.
    const seeded = settings.demoData ? await seedDemoDataIfEmpty(db, now()) : false;
    if (seeded) logger.info("db.demo-data-created");
    const hasUsers =
      (await db.kysely.selectFrom("users").select("id").limit(1).executeTakeFirst()) !== undefined;

    const app = createApp({
      db,
      logger,
      webDist: settings.webDist,
      now,
      assistantSections: settings.assistantSections,
      sessionIdleMinutes: settings.sessionIdleMinutes,
      trustProxy: settings.trustProxy,
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: settings.host, port: settings.port }, () =>
        resolve(s),
      );
      s.once("error", reject);
    });
    const { port } = server.address() as AddressInfo;
    const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
    return {
      url: `http://${host}:${port}`,
      port,
      db,
      seeded,
      hasUsers,
      close: async () => {
        await new Promise<void>((resolve, reject) => {
          server.close((err) => (err ? reject(err) : resolve()));
          // Keep-alive sockets would hold close() open until they time out.
          if ("closeAllConnections" in server) server.closeAllConnections();
        });
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
