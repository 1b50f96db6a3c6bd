import { Hono } from "hono";
import { sql } from "kysely";
import { HealthSchema } from "@tpi/schemas";
import type { z } from "zod/mini";
import type { AppEnv } from "../http/app-env.js";
import type { RouteDeps } from "./route-deps.js";

type Health = z.infer<typeof HealthSchema>;

export function healthRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => {
    let ok = false;
    try {
      // A real round trip, not a pool check: a locked or vanished database shows up here.
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(deps.db.kysely);
      ok = Number(rows[0]?.one) === 1;
    } catch (error) {
      deps.logger.warn("health.database-failed", {
        error: error instanceof Error ? error.name : "unknown",
      });
    }
    const body: Health = HealthSchema.parse({
      status: ok ? "ok" : "degraded",
      database: { kind: deps.db.kind, ok },
      version: deps.version,
    });
    return c.json(body, ok ? 200 : 503);
  });

  return app;
}
