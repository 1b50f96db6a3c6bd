import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import type { User } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import type { AppEnv } from "../http/app-env.js";
import { clientAddress } from "../http/client-address.js";
import { PROBLEM_TYPES } from "../http/problem.js";
import type { Logger } from "../log.js";
import { appendAudit } from "./audit-log.store.js";

/**
 * /api requests that never carry patient data, and are not audited: the health probe, the code sets
 * and diagnosis search (public reference data), the payer profile list, and "who am I" (polled by the
 * web app's idle timer). Every other /api request is: reads, writes, refusals (401, 403, 404, 409,
 * 422, 429 ...) and failures.
 */
function isAudited(method: string, path: string): boolean {
  if (method !== "GET" && method !== "HEAD") return true;
  return !(
    path === "/api/health" ||
    path.startsWith("/api/code-sets/") ||
    path.startsWith("/api/icd10cm/") ||
    path === "/api/payer-profiles" ||
    path === "/api/session" ||
    path === "/api/session/me"
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Patient and note ids in the path (/api/patients/:id/..., /api/notes/:id/...), wherever refused. */
function idsFromPath(path: string): { patientId: string | null; noteId: string | null } {
  const parts = path.split("/");
  const after = (word: string) => {
    const value = parts[parts.indexOf(word) + 1];
    return parts.includes(word) && value !== undefined && UUID.test(value) ? value : null;
  };
  return { patientId: after("patients"), noteId: after("notes") };
}

/**
 * The route pattern the request matched ("/api/notes/:id"), even when a middleware answered before
 * the route ran (a 401 or 403): the first matched handler that is not a middleware.
 */
function routePattern(c: Parameters<MiddlewareHandler<AppEnv>>[0]): string {
  const route = matchedRoutes(c).find((r) => r.method !== "ALL");
  return route?.path ?? c.req.path;
}

/**
 * Appends one audit row per audited /api request, after the response is made: user and role, action
 * (method + route pattern unless the route named one), patient and note, client address, status and
 * outcome. Routes add detail with `audit(c, ...)`. If the row cannot be written the request is
 * answered 500 instead: patient data is not served unaudited.
 */
export function auditTrail(deps: {
  db: Db;
  logger: Logger;
  now: () => Date;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!isAudited(c.req.method, c.req.path)) return next();
    await next();
    const facts = c.get("audit") ?? {};
    const user = c.get("user") as User | undefined;
    const fromPath = idsFromPath(c.req.path);
    const noteId = facts.noteId ?? fromPath.noteId;
    let patientId = facts.patientId ?? fromPath.patientId;
    try {
      if (patientId === null && noteId !== null) {
        const note = await deps.db.kysely
          .selectFrom("notes")
          .select("patient_id")
          .where("id", "=", noteId)
          .executeTakeFirst();
        patientId = note?.patient_id ?? null;
      }
      await appendAudit(
        deps.db,
        {
          userId: facts.userId ?? user?.id ?? null,
          role: facts.role ?? user?.role ?? null,
          action: facts.action ?? `${c.req.method} ${routePattern(c)}`,
          patientId,
          noteId,
          clientAddress: clientAddress(c),
          status: c.res.status,
          detail: facts.detail ?? null,
        },
        deps.now(),
      );
    } catch (error) {
      deps.logger.error("audit.append-failed", {
        error: error instanceof Error ? error.name : "unknown",
        message: error instanceof Error ? error.message : String(error),
      });
      c.res = undefined;
      c.res = new Response(
        JSON.stringify({
          type: PROBLEM_TYPES.internal,
          title: "Internal server error",
          status: 500,
          detail: "The request could not be recorded in the audit trail, so it was not completed.",
        }),
        { status: 500, headers: { "Content-Type": "application/problem+json" } },
      );
    }
  };
}
