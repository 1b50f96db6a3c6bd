import { Hono } from "hono";
import { BUILT_IN_PAYER_PROFILES } from "@tpi/coding";
import type { AppEnv } from "../http/app-env.js";

/** The engine's built-in payer profiles (already parsed by PayerProfileSchema in @tpi/coding). */
export function payerProfileRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => c.json(BUILT_IN_PAYER_PROFILES));
  return app;
}
