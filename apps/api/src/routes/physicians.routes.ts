import { Hono } from "hono";
import { PhysicianListSchema } from "@tpi/schemas";
import type { AppEnv } from "../http/app-env.js";
import { activePhysicians } from "../store/note-life.store.js";
import type { RouteDeps } from "./route-deps.js";

/** GET /api/physicians: the active physicians, by name, for the hand-over picker. */
export function physicianRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => c.json(PhysicianListSchema.parse(await activePhysicians(deps.db))));
  return app;
}
