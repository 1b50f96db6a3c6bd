import type { AdminUser, NoteRecord, PayerProfile, Role } from "@tpi/schemas";
import { signableNote } from "../support/signable-note.js";
import { MINIMAL_NOTE } from "../support/test-server.js";

/**
 * THE reviewed table of expected answers: every API route, for anonymous and each role.
 * route-matrix.test.ts runs every case on SQLite and PostgreSQL and fails for a registered route that
 * has no case here (and for a case whose route no longer exists).
 *
 * Adding a route: add its row to ROUTE_POLICY (src/auth/route-policy.ts) and at least one case here.
 * `request` prepares what the call needs (a fresh note, ...) with the helpers in MatrixContext and
 * returns the path and body; it runs once per caller, so a write never sees another caller's effect.
 */

export type Caller = "anonymous" | Role;
export const CALLERS: readonly Caller[] = [
  "anonymous",
  "medical-assistant",
  "physician",
  "coder",
  "admin",
];
export type Expected = Readonly<Record<Caller, number>>;

export interface MatrixContext {
  patientId: string;
  /** A new draft of MINIMAL_NOTE (or the given note), created by the physician. */
  newDraft(note?: unknown): Promise<NoteRecord>;
  /** A new note signed by the physician (complete enough to sign). */
  newSigned(): Promise<NoteRecord>;
  /** A new medical-assistant account, created by the admin. */
  newUser(): Promise<AdminUser>;
  /** A new clinic payer profile (version 1), created by the admin. */
  newPayerProfile(): Promise<PayerProfile>;
  /** A value no other call returned, for emails and profile ids. */
  unique(): string;
}

export interface MatrixCase {
  /** The ROUTE_POLICY key: "METHOD /api/path/:param". */
  route: string;
  /** What the case exercises, when a route has more than one. */
  name?: string;
  request(ctx: MatrixContext): Promise<{ path: string; json?: unknown }>;
  expect: Expected;
}

/** 401 for anonymous; `ok` for the roles listed, 403 for the others. */
function only(roles: readonly Role[], ok: number, denied = 403): Expected {
  const each = (r: Role) => (roles.includes(r) ? ok : denied);
  return {
    anonymous: 401,
    "medical-assistant": each("medical-assistant"),
    physician: each("physician"),
    coder: each("coder"),
    admin: each("admin"),
  };
}
const EVERYONE: readonly Role[] = ["medical-assistant", "physician", "coder", "admin"];
const CLINICAL: readonly Role[] = ["medical-assistant", "physician", "coder"];
const WRITERS: readonly Role[] = ["medical-assistant", "physician"];
const ADMIN: readonly Role[] = ["admin"];

const fixed = (path: string, json?: unknown) => () => Promise.resolve({ path, json });
const noteAt = (record: NoteRecord, suffix = "") => `/api/notes/${record.id}${suffix}`;

/** A PUT of the stored note with one section changed. */
function putChanging(change: (note: NoteRecord["note"]) => unknown) {
  return async (ctx: MatrixContext) => {
    const draft = await ctx.newDraft();
    return { path: noteAt(draft), json: { version: draft.version, note: change(draft.note) } };
  };
}

export const ROUTE_MATRIX: readonly MatrixCase[] = [
  {
    route: "GET /api/health",
    request: fixed("/api/health"),
    expect: { anonymous: 200, "medical-assistant": 200, physician: 200, coder: 200, admin: 200 },
  },
  {
    route: "POST /api/session",
    name: "wrong password",
    request: fixed("/api/session", { email: "nobody@demo.tpi", password: "wrong" }),
    expect: { anonymous: 401, "medical-assistant": 401, physician: 401, coder: 401, admin: 401 },
  },
  {
    route: "DELETE /api/session",
    // Runs last for each caller in its own session (see the test), so nobody is signed out early.
    request: fixed("/api/session"),
    expect: { anonymous: 204, "medical-assistant": 204, physician: 204, coder: 204, admin: 204 },
  },
  { route: "GET /api/session/me", request: fixed("/api/session/me"), expect: only(EVERYONE, 200) },
  { route: "GET /api/session", request: fixed("/api/session"), expect: only(EVERYONE, 200) },
  {
    route: "POST /api/session/touch",
    request: fixed("/api/session/touch", {}),
    expect: only(EVERYONE, 200),
  },
  {
    route: "POST /api/session/password",
    // A wrong current password: the route is open to every role, and nobody's password changes.
    name: "a wrong current password",
    request: fixed("/api/session/password", {
      currentPassword: "not the password",
      newPassword: "a long new passphrase",
    }),
    expect: only(EVERYONE, 400),
  },

  { route: "GET /api/patients", request: fixed("/api/patients"), expect: only(CLINICAL, 200) },
  {
    route: "GET /api/patients/:id",
    request: (ctx) => Promise.resolve({ path: `/api/patients/${ctx.patientId}` }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/patients/:id/notes",
    request: (ctx) => Promise.resolve({ path: `/api/patients/${ctx.patientId}/notes` }),
    expect: only(CLINICAL, 200),
  },

  {
    route: "POST /api/notes",
    name: "a blank note on a new date (assistant's sections only)",
    request: (ctx) =>
      Promise.resolve({
        path: "/api/notes",
        json: {
          patientId: ctx.patientId,
          note: { dateOfService: "2026-01-05", payerProfileId: "medicare-lcd-2024" },
          confirmSameDateOfService: true,
        },
      }),
    expect: only(WRITERS, 201),
  },
  {
    route: "POST /api/notes",
    name: "a note with a procedure: not the assistant's section",
    request: (ctx) =>
      Promise.resolve({
        path: "/api/notes",
        json: { patientId: ctx.patientId, note: MINIMAL_NOTE, confirmSameDateOfService: true },
      }),
    expect: { ...only(WRITERS, 201), "medical-assistant": 403 },
  },
  {
    route: "GET /api/notes/:id",
    name: "a draft (a coder reads signed notes only)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft()) }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the history (an assistant's section)",
    request: putChanging((note) => ({ ...note, history: { ...note.history, location: "neck" } })),
    expect: only(WRITERS, 200),
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the vitals (an assistant's section)",
    request: putChanging((note) => ({ ...note, vitals: { ...note.vitals, heartRatePerMin: 72 } })),
    expect: only(WRITERS, 200),
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the procedure",
    request: putChanging((note) => ({
      ...note,
      procedure: { ...note.procedure, needleGauge: 27 },
    })),
    expect: { ...only(WRITERS, 200), "medical-assistant": 403 },
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the findings",
    request: putChanging((note) => ({
      ...note,
      findings: [{ muscleId: "upper-trapezius", side: "right", tautBand: true }],
    })),
    expect: { ...only(WRITERS, 200), "medical-assistant": 403 },
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the consent",
    request: putChanging((note) => ({ ...note, consent: { ...note.consent, obtained: true } })),
    expect: { ...only(WRITERS, 200), "medical-assistant": 403 },
  },
  {
    route: "PUT /api/notes/:id",
    name: "changes the diagnoses",
    request: putChanging((note) => ({ ...note, diagnoses: ["M79.18"] })),
    expect: { ...only(WRITERS, 200), "medical-assistant": 403 },
  },
  {
    route: "PUT /api/notes/:id",
    name: "adds a same-day E/M",
    request: putChanging((note) => ({ ...note, sameDayEm: { level: "99213" } })),
    expect: { ...only(WRITERS, 200), "medical-assistant": 403 },
  },
  {
    route: "GET /api/notes/:id/provenance",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/provenance") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/prior-sessions",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/prior-sessions") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "POST /api/notes/:id/sign",
    request: async (ctx) => {
      const draft = await ctx.newDraft(signableNote());
      return {
        path: noteAt(draft, "/sign"),
        json: { version: draft.version, attestation: "I performed this procedure." },
      };
    },
    expect: only(["physician"], 200),
  },
  {
    route: "POST /api/notes/:id/coded",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/coded"), json: {} }),
    expect: only(["coder"], 200),
  },
  {
    route: "GET /api/notes/:id",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned()) }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "PUT /api/notes/:id",
    name: "a signed note (never changes)",
    request: async (ctx) => {
      const signed = await ctx.newSigned();
      return { path: noteAt(signed), json: { version: signed.version, note: signed.note } };
    },
    expect: { ...only(WRITERS, 409) },
  },

  {
    route: "POST /api/notes/:id/hand-over",
    name: "a draft, to any physician",
    request: async (ctx) => {
      const draft = await ctx.newDraft();
      return { path: noteAt(draft, "/hand-over"), json: { version: draft.version } };
    },
    expect: only(WRITERS, 200),
  },
  {
    route: "POST /api/notes/:id/hand-over",
    name: "a signed note (never changes)",
    request: async (ctx) => {
      const signed = await ctx.newSigned();
      return { path: noteAt(signed, "/hand-over"), json: { version: signed.version } };
    },
    expect: only(WRITERS, 409),
  },
  {
    route: "POST /api/notes/:id/discard",
    name: "a draft",
    request: async (ctx) => {
      const draft = await ctx.newDraft();
      return { path: noteAt(draft, "/discard"), json: { version: draft.version, reason: "test" } };
    },
    expect: only(["physician"], 200),
  },
  {
    route: "POST /api/notes/:id/discard",
    name: "a signed note (never deleted)",
    request: async (ctx) => {
      const signed = await ctx.newSigned();
      return { path: noteAt(signed, "/discard"), json: { version: signed.version } };
    },
    expect: only(["physician"], 409),
  },
  {
    route: "POST /api/notes/:id/addenda",
    name: "a signed note",
    request: async (ctx) => ({
      path: noteAt(await ctx.newSigned(), "/addenda"),
      json: { reason: "Late entry", text: "Ice applied afterwards." },
    }),
    expect: only(["physician"], 201),
  },
  {
    route: "POST /api/notes/:id/addenda",
    name: "a draft (addenda are for signed notes)",
    request: async (ctx) => ({
      path: noteAt(await ctx.newDraft(), "/addenda"),
      json: { reason: "Late entry", text: "Ice applied afterwards." },
    }),
    expect: only(["physician"], 409),
  },
  {
    route: "POST /api/notes/:id/queries",
    name: "a signed note",
    request: async (ctx) => ({
      path: noteAt(await ctx.newSigned(), "/queries"),
      json: { text: "Which side was injected?" },
    }),
    expect: only(["coder"], 201),
  },
  {
    route: "POST /api/notes/:id/queries",
    name: "a draft (queries are about signed notes)",
    request: async (ctx) => ({
      path: noteAt(await ctx.newDraft(), "/queries"),
      json: { text: "Which side was injected?" },
    }),
    expect: only(["coder"], 409),
  },
  {
    route: "GET /api/notes/:id/history",
    name: "a draft (a coder reads signed notes only)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/history") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/history",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/history?path=procedure") }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/worklists/me",
    request: fixed("/api/worklists/me"),
    expect: only(WRITERS, 200),
  },
  {
    route: "GET /api/worklists/coder",
    name: "filtered",
    request: fixed("/api/worklists/coder?from=2026-01-01&to=2026-12-31&provider=demo"),
    expect: only(["coder"], 200),
  },
  {
    route: "GET /api/worklists/coder",
    name: "a filter that is not a date",
    request: fixed("/api/worklists/coder?from=yesterday"),
    expect: only(["coder"], 400),
  },
  { route: "GET /api/physicians", request: fixed("/api/physicians"), expect: only(WRITERS, 200) },

  {
    route: "GET /api/notes/:id/document",
    name: "a draft (a coder works from signed notes)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/document") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/document",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/document") }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/notes/:id/text",
    name: "a draft (a coder works from signed notes)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/text") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/text",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/text") }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/notes/:id/pdf",
    name: "a draft (a coder works from signed notes)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/pdf") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/pdf",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/pdf") }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/notes/:id/fhir",
    name: "a draft (a coder works from signed notes)",
    request: async (ctx) => ({ path: noteAt(await ctx.newDraft(), "/fhir") }),
    expect: { ...only(CLINICAL, 200), coder: 403 },
  },
  {
    route: "GET /api/notes/:id/fhir",
    name: "a signed note",
    request: async (ctx) => ({ path: noteAt(await ctx.newSigned(), "/fhir") }),
    expect: only(CLINICAL, 200),
  },
  {
    route: "GET /api/exports/claim-lines.csv",
    request: fixed("/api/exports/claim-lines.csv?from=2026-01-01&to=2026-12-31"),
    expect: only(["coder", "admin"], 200),
  },

  {
    route: "GET /api/code-sets/:file",
    request: fixed("/api/code-sets/mue-subset.tsv.gz"),
    expect: only(EVERYONE, 200),
  },
  {
    route: "GET /api/code-sets/engine-subset/:file",
    request: fixed("/api/code-sets/engine-subset/ncci-ptp-subset.tsv.gz"),
    expect: only(EVERYONE, 200),
  },
  {
    route: "GET /api/code-sets/icd10cm-slice",
    request: fixed("/api/code-sets/icd10cm-slice?codes=M79.18,M54.2"),
    expect: only(EVERYONE, 200),
  },
  {
    route: "GET /api/icd10cm/search",
    request: fixed("/api/icd10cm/search?q=M79.18&dos=2026-11-20"),
    expect: only(EVERYONE, 200),
  },
  {
    route: "GET /api/payer-profiles",
    request: fixed("/api/payer-profiles"),
    expect: only(EVERYONE, 200),
  },

  { route: "GET /api/admin/users", request: fixed("/api/admin/users"), expect: only(ADMIN, 200) },
  {
    route: "POST /api/admin/users",
    request: (ctx) =>
      Promise.resolve({
        path: "/api/admin/users",
        json: {
          email: `new-${ctx.unique()}@clinic.test`,
          displayName: "New Assistant",
          role: "medical-assistant",
          password: "correct horse battery",
        },
      }),
    expect: only(ADMIN, 201),
  },
  {
    route: "PATCH /api/admin/users/:id",
    name: "deactivates an account",
    request: async (ctx) => ({
      path: `/api/admin/users/${(await ctx.newUser()).id}`,
      json: { active: false },
    }),
    expect: only(ADMIN, 200),
  },
  {
    route: "POST /api/admin/users/:id/password",
    request: async (ctx) => ({
      path: `/api/admin/users/${(await ctx.newUser()).id}/password`,
      json: { password: "a new long passphrase" },
    }),
    expect: only(ADMIN, 204),
  },
  {
    route: "GET /api/admin/audit",
    request: fixed("/api/admin/audit?outcome=refused&limit=5"),
    expect: only(ADMIN, 200),
  },
  {
    route: "GET /api/admin/payer-profiles",
    request: fixed("/api/admin/payer-profiles"),
    expect: only(ADMIN, 200),
  },
  {
    route: "POST /api/admin/payer-profiles",
    request: (ctx) =>
      Promise.resolve({
        path: "/api/admin/payer-profiles",
        json: clinicProfile(`clinic-${ctx.unique()}`),
      }),
    expect: only(ADMIN, 201),
  },
  {
    route: "POST /api/admin/payer-profiles/:id/versions",
    request: async (ctx) => {
      const profile = await ctx.newPayerProfile();
      return {
        path: `/api/admin/payer-profiles/${profile.id}/versions`,
        json: { ...profile, description: "Second version" },
      };
    },
    expect: only(ADMIN, 201),
  },
];

/** The smallest payer profile PayerProfileSchema accepts. */
export function clinicProfile(id: string) {
  return { id, name: `Clinic profile ${id}`, effective: { from: "2020-01-01" } };
}
