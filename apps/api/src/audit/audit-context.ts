import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";

/**
 * What a route can add to the audit row the trail middleware writes for its request. Anything left
 * out is taken from the request: the user from the session, the action from the method and route
 * pattern, the patient and note ids from the path (a note's patient is looked up).
 */
export interface AuditContext {
  /** Replaces "METHOD /route/pattern", e.g. "note.export" for an export that names its format. */
  action?: string;
  patientId?: string;
  noteId?: string;
  /** For requests without a session user, e.g. a successful sign-in. */
  userId?: string;
  role?: string;
  /** Extra facts, merged over earlier calls; never a note's content. */
  detail?: Record<string, unknown>;
}

/**
 * Adds facts to this request's audit row (call it from any route; several calls merge). The row is
 * written once, after the response is made, by `auditTrail` in app.ts.
 */
export function audit(c: Context<AppEnv>, facts: AuditContext): void {
  const current = c.get("audit") ?? {};
  c.set("audit", {
    ...current,
    ...facts,
    ...(facts.detail === undefined ? {} : { detail: { ...current.detail, ...facts.detail } }),
  });
}
