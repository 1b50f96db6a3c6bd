import { Hono } from "hono";
import { CoderWorklistQuerySchema, WorklistSchema, type WorklistItem } from "@tpi/schemas";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { validationProblem } from "../http/problem.js";
import { coderWorklist, myWorklist } from "../store/worklists.store.js";
import type { RouteDeps } from "./route-deps.js";

/** A list names many patients: its audit row carries every note (so every patient) it showed. */
function listed(items: readonly WorklistItem[]) {
  return { detail: { noteIds: items.map((i) => i.noteId) } };
}

/** Where each role starts: the notes waiting for the signed-in user. */
export function worklistRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/me", async (c) => {
    const items = await myWorklist(deps.db, c.get("user"));
    audit(c, listed(items));
    return c.json(WorklistSchema.parse({ items }));
  });

  app.get("/coder", async (c) => {
    const query = CoderWorklistQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The filters are not valid.");
    const items = await coderWorklist(deps.db, query.data);
    audit(c, listed(items));
    return c.json(WorklistSchema.parse({ items }));
  });

  return app;
}
