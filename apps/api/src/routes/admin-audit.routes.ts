import { Hono } from "hono";
import { AuditQuerySchema } from "@tpi/schemas";
import { queryAuditTrail } from "../audit/audit-query.js";
import type { AppEnv } from "../http/app-env.js";
import { PROBLEM_TYPES, problem, validationProblem } from "../http/problem.js";
import type { RouteDeps } from "./route-deps.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists ("2026-02-30" does not) or an instant Date can read. */
function isRealInstant(value: string): boolean {
  if (DAY.test(value)) {
    const d = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }
  return !Number.isNaN(Date.parse(value));
}

/** GET /api/admin/audit: the audit trail, filtered and paged, newest first (admin only). */
export function adminAuditRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => {
    const query = AuditQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The filters are not valid.");
    const bad = (["from", "to"] as const).filter((k) => {
      const v = query.data[k];
      return v !== undefined && !isRealInstant(v);
    });
    if (bad.length > 0) {
      return problem(c, {
        type: PROBLEM_TYPES.validation,
        title: "Validation failed",
        status: 400,
        detail: "The filters are not valid.",
        errors: bad.map((path) => ({
          path,
          message: "No such date or time",
          code: "invalid_date",
        })),
      });
    }
    return c.json(await queryAuditTrail(deps.db, query.data));
  });

  return app;
}
