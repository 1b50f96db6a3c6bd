import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { activePayerProfiles } from "../store/clinic-payer-profiles.store.js";
import type { RouteDeps } from "./route-deps.js";

/**
 * The payer profiles the engine applies: the built-in ones, then the latest version of each of the
 * clinic's own. The same list the server's sign route codes with (coding/engine-context.ts), so the
 * browser's live result and the signed one agree.
 */
export function payerProfileRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/", async (c) => c.json(await activePayerProfiles(deps.db)));
  return app;
}
