import { RoleSchema, rolesFor, type Role } from "@tpi/schemas";

/**
 * THE reviewed table of who may call which API route: "METHOD /api/path/:param" -> roles.
 *
 * - Every route the app registers under /api must have a row: createApp refuses to start otherwise,
 *   and the authorize middleware refuses (403) a matched route without one (fail closed).
 * - "public" rows need no session; every other row needs one (401) and one of the roles (403).
 * - Rows for note actions come from ROLE_ACTIONS in @tpi/schemas, which the web app also reads, so the
 *   controls it shows and the server's answers cannot drift apart.
 * - Finer rules that need the stored note (the assistant's sections, a coder reading only signed
 *   notes, status checks) live in the route handlers; this table is the first gate.
 *
 * Adding a route: add its row here AND its expected statuses in test/route-matrix.table.ts.
 */
export type RouteAccess = "public" | readonly Role[];

/** Everyone signed in, whatever the role. */
export const ANY_ROLE: readonly Role[] = RoleSchema.options;
/** Roles that read patients and notes (the admin manages accounts and profiles, not charts). */
export const CLINICAL_ROLES: readonly Role[] = ["medical-assistant", "physician", "coder"];
/** Account, audit-trail and payer-profile management. */
export const ADMIN: readonly Role[] = ["admin"];

export const ROUTE_POLICY: Readonly<Record<string, RouteAccess>> = {
  "GET /api/health": "public",
  "POST /api/session": "public",
  // Public so that a client whose session already expired can still clear its cookie.
  "DELETE /api/session": "public",
  "GET /api/session/me": ANY_ROLE,
  // How long the session has left (passive: does not extend it), "stay signed in", own password.
  "GET /api/session": ANY_ROLE,
  "POST /api/session/touch": ANY_ROLE,
  "POST /api/session/password": ANY_ROLE,

  "GET /api/patients": CLINICAL_ROLES,
  "GET /api/patients/:id": CLINICAL_ROLES,
  "GET /api/patients/:id/notes": CLINICAL_ROLES,

  "POST /api/notes": rolesFor("create"),
  "GET /api/notes/:id": CLINICAL_ROLES,
  "PUT /api/notes/:id": rolesFor("edit"),
  "GET /api/notes/:id/provenance": CLINICAL_ROLES,
  "GET /api/notes/:id/prior-sessions": CLINICAL_ROLES,
  "POST /api/notes/:id/sign": rolesFor("sign"),
  "POST /api/notes/:id/coded": rolesFor("mark-coded"),
  "POST /api/notes/:id/hand-over": rolesFor("hand-over"),
  "POST /api/notes/:id/discard": rolesFor("discard"),
  "POST /api/notes/:id/addenda": rolesFor("addendum"),
  "POST /api/notes/:id/queries": rolesFor("query"),
  // Who changed which field, when: the clinical roles (a coder only once signed: in the handler).
  "GET /api/notes/:id/history": CLINICAL_ROLES,

  // Each role's start: the writers' drafts and hand-overs; the coder's signed-not-coded notes.
  "GET /api/worklists/me": rolesFor("edit"),
  "GET /api/worklists/coder": rolesFor("mark-coded"),
  // The hand-over picker: those who hand over.
  "GET /api/physicians": rolesFor("hand-over"),

  // Exports of one note: the clinical roles (a coder only once signed: checked in the handler).
  "GET /api/notes/:id/document": CLINICAL_ROLES,
  "GET /api/notes/:id/text": CLINICAL_ROLES,
  "GET /api/notes/:id/pdf": CLINICAL_ROLES,
  "GET /api/notes/:id/fhir": CLINICAL_ROLES,
  // The claim-lines spreadsheet: the people who bill.
  "GET /api/exports/claim-lines.csv": ["coder", "admin"],

  "GET /api/code-sets/:file": ANY_ROLE,
  // What the web app codes a note from (issue 10's cold open): no patient data, any role.
  "GET /api/code-sets/engine-subset/:file": ANY_ROLE,
  "GET /api/code-sets/icd10cm-slice": ANY_ROLE,
  "GET /api/icd10cm/search": ANY_ROLE,
  // The built-in payer profiles and the clinic's latest versions: the engine in every browser uses them.
  "GET /api/payer-profiles": ANY_ROLE,

  // The admin's area: accounts, the audit trail, the clinic's own payer profiles.
  "GET /api/admin/users": ADMIN,
  "POST /api/admin/users": ADMIN,
  "PATCH /api/admin/users/:id": ADMIN,
  "POST /api/admin/users/:id/password": ADMIN,
  "GET /api/admin/audit": ADMIN,
  "GET /api/admin/payer-profiles": ADMIN,
  "POST /api/admin/payer-profiles": ADMIN,
  "POST /api/admin/payer-profiles/:id/versions": ADMIN,
};

/** The table's key for a route: "GET /api/notes/:id". */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
