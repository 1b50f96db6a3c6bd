import { Hono } from "hono";
import {
  AdminUserSchema,
  NoteRecordSchema,
  PatientSchema,
  PayerProfileSchema,
  type NoteRecord,
  type Role,
} from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  ROUTE_POLICY,
  createApp,
  createLogger,
  isApiRoutePattern,
  routeKey,
  routesWithoutPolicy,
} from "../../src/index.js";
import { authorize } from "../../src/auth/authorize.js";
import { sessionPolicy } from "../../src/auth/session-store.js";
import type { AppEnv } from "../../src/http/app-env.js";
import { call } from "../support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";
import { signableNote } from "../support/signable-note.js";
import {
  CALLERS,
  ROUTE_MATRIX,
  clinicProfile,
  type Caller,
  type MatrixContext,
} from "./route-matrix.table.js";

const DEMO_EMAIL: Record<Role, string> = {
  "medical-assistant": "ma@demo.tpi",
  physician: "physician@demo.tpi",
  coder: "coder@demo.tpi",
  admin: "admin@demo.tpi",
};

const caseTitle = (c: (typeof ROUTE_MATRIX)[number]) =>
  c.name === undefined ? c.route : `${c.route}: ${c.name}`;

describe.each(DATABASES)("role x route matrix on %s", (database) => {
  let server: TestServer;
  const cookies = new Map<Role, string>();
  let registered: string[];
  let ctx: MatrixContext;

  beforeAll(async () => {
    server = await startTestServer(database);
    for (const [role, email] of Object.entries(DEMO_EMAIL) as [Role, string][]) {
      cookies.set(role, await server.signIn(email));
    }
    const physician = cookies.get("physician");
    const patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: physician })).body);
    const patientId = patients[0]!.id;
    const create = async (note: unknown, cookie = physician): Promise<NoteRecord> => {
      const res = await call(server.url, "/api/notes", {
        method: "POST",
        cookie,
        json: { patientId, note, confirmSameDateOfService: true },
      });
      if (res.status !== 201) throw new Error(`create: ${res.status} ${res.text}`);
      return NoteRecordSchema.parse(res.body);
    };
    const admin = cookies.get("admin");
    let counter = 0;
    const unique = () => `${Date.now().toString(36)}-${(counter += 1)}`;
    const adminCreates = async (path: string, json: unknown) => {
      const res = await call(server.url, path, { method: "POST", cookie: admin, json });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${res.text}`);
      return res.body;
    };
    ctx = {
      patientId,
      unique,
      newUser: async () =>
        AdminUserSchema.parse(
          await adminCreates("/api/admin/users", {
            email: `user-${unique()}@clinic.test`,
            displayName: "Matrix User",
            role: "medical-assistant",
            password: "a long enough passphrase",
          }),
        ),
      newPayerProfile: async () =>
        PayerProfileSchema.parse(
          await adminCreates("/api/admin/payer-profiles", clinicProfile(`matrix-${unique()}`)),
        ),
      newDraft: (note = MINIMAL_NOTE) => create(note),
      async newSigned() {
        const draft = await create(signableNote());
        const res = await call(server.url, `/api/notes/${draft.id}/sign`, {
          method: "POST",
          cookie: physician,
          json: { version: draft.version, attestation: "I performed this procedure." },
        });
        if (res.status !== 200) throw new Error(`sign: ${res.status} ${res.text}`);
        return NoteRecordSchema.parse(res.body);
      },
    };
    // The routes exactly as the app registers them (a second app on the same database, no socket).
    const app = createApp({ db: server.running.db, logger: createLogger("error", () => {}) });
    registered = [
      ...new Set(
        app.routes
          .filter((r) => r.method !== "ALL" && isApiRoutePattern(r.path))
          .map((r) => routeKey(r.method, r.path)),
      ),
    ].sort();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("has a policy row and a matrix case for every registered route, and none for a route that is gone", () => {
    const inMatrix = [...new Set(ROUTE_MATRIX.map((c) => c.route))].sort();
    expect(inMatrix, "cases in route-matrix.table.ts").toEqual(registered);
    expect(Object.keys(ROUTE_POLICY).sort(), "rows in ROUTE_POLICY").toEqual(registered);
  });

  it("refuses a signed-in user a route that has no row, even one the app registered", async () => {
    const app = new Hono<AppEnv>();
    app.use(
      "/api/*",
      authorize({
        db: server.running.db,
        now: () => new Date(),
        logger: createLogger("error", () => {}),
        sessionPolicy: sessionPolicy(15),
      }),
    );
    app.get("/api/unlisted", (x) => x.text("should never be reachable"));
    const res = await app.request("/api/unlisted", {
      headers: { cookie: cookies.get("physician") ?? "" },
    });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain("reachable");
    expect((await app.request("/api/unlisted")).status).toBe(401);
  });

  it.each(ROUTE_MATRIX.map((c) => ({ title: caseTitle(c), c })))("$title", async ({ c }) => {
    const method = c.route.split(" ")[0]!;
    const actual = {} as Record<Caller, number>;
    for (const caller of CALLERS) {
      // Signing out ends the session it is called with: give it one of its own.
      const cookie =
        caller === "anonymous"
          ? undefined
          : c.route === "DELETE /api/session"
            ? await server.signIn(DEMO_EMAIL[caller])
            : cookies.get(caller);
      const { path, json } = await c.request(ctx);
      const res = await call(server.url, path, {
        method,
        ...(cookie === undefined ? {} : { cookie }),
        ...(json === undefined ? {} : { json }),
      });
      actual[caller] = res.status;
    }
    expect(actual).toEqual(c.expect);
  });
});

describe("the route table fails closed", () => {
  it("names a registered route that has no row", () => {
    expect(
      routesWithoutPolicy([
        { method: "GET", path: "/api/patients" },
        { method: "POST", path: "/api/brand-new" },
        { method: "ALL", path: "/api/*" },
      ]),
    ).toEqual(["POST /api/brand-new"]);
  });
});
