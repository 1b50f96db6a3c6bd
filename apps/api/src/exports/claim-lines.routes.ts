import { Hono } from "hono";
import { ClaimLinesCsvQuerySchema, type Role } from "@tpi/schemas";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { problem, validationProblem } from "../http/problem.js";
import type { RouteDeps } from "../routes/route-deps.js";
import { claimLinesCsv } from "./claim-lines-csv.js";
import { signedNotesInRange } from "./claim-lines.store.js";

/** Who may download the claim lines of every patient in a range. */
const CSV_ROLES: readonly Role[] = ["coder", "admin"];

/** GET /api/exports/claim-lines.csv?from=&to=: the coder's spreadsheet of signed claim lines. */
export function claimLinesRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/claim-lines.csv", async (c) => {
    if (!CSV_ROLES.includes(c.get("user").role)) {
      return problem(c, {
        type: "/problems/forbidden",
        title: "Not allowed for this role",
        status: 403,
        detail: "The claim-lines spreadsheet is for coders and admins.",
      });
    }
    const query = ClaimLinesCsvQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The date range is not valid.");
    const notes = await signedNotesInRange(deps.db, query.data);
    const csv = claimLinesCsv(notes);
    const { from, to } = query.data;
    // One row for the whole file: the range, and every note (so every patient) it carries.
    audit(c, {
      action: "claim-lines.export",
      detail: { format: "csv", from, to, noteIds: notes.map((n) => n.noteId) },
    });
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="claim-lines-${from}-to-${to}.csv"`,
    });
  });

  return app;
}
