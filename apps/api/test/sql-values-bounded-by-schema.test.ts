import { PatientSchema, ProblemSchema, RoleSchema, type Role } from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { ROUTE_POLICY } from "../src/auth/route-policy.js";
import { call } from "./support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

/**
 * Issue 14, item 1, the kind "every value crossing into SQL is bounded by the schema to what both
 * engines store": PostgreSQL refuses a NUL byte in text and an integer past int4, where SQLite stores
 * both, so an unbounded value answered 500 on one engine only. Each must be a 4xx problem on both.
 */
const DEMO_EMAIL: Record<Role, string> = {
  "medical-assistant": "ma@demo.tpi",
  physician: "physician@demo.tpi",
  coder: "coder@demo.tpi",
  admin: "admin@demo.tpi",
};

/** Every route with a path parameter, read from the policy table so a new route is covered too. */
const PARAM_ROUTES = Object.entries(ROUTE_POLICY)
  .filter(([key]) => key.includes("/:"))
  .map(([key, access]) => {
    const [method = "", path = ""] = key.split(" ");
    const role = access === "public" ? undefined : access[0];
    return { key, method, path, role };
  });

/** Values SQLite would store and PostgreSQL refuses (or that no id can be). */
const BAD_PATH_VALUES = ["%00", "abc%00def", "%01", "%7F"];

describe.each(DATABASES)("values crossing into SQL are bounded by the schema on %s", (database) => {
  let server: TestServer;
  const cookies = new Map<Role, string>();
  let patientId = "";

  beforeAll(async () => {
    server = await startTestServer(database);
    for (const role of RoleSchema.options) cookies.set(role, await server.signIn(DEMO_EMAIL[role]));
    const patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: cookies.get("physician") })).body);
    patientId = patients[0]?.id ?? "";
  });
  afterAll(async () => {
    await server.close();
  });

  it("covers every route with a path parameter", () => {
    expect(PARAM_ROUTES.length).toBeGreaterThan(20);
  });

  it.each(PARAM_ROUTES.flatMap((r) => BAD_PATH_VALUES.map((v) => ({ ...r, value: v }))))(
    "$key with $value in the path answers a 4xx problem, not 500",
    async ({ method, path, role, value }) => {
      const url = path.replace(/:[a-zA-Z]+/g, value);
      const res = await call(server.url, url, {
        method,
        cookie: role === undefined ? undefined : cookies.get(role),
        json: method === "GET" ? undefined : {},
      });
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
      expect(ProblemSchema.safeParse(res.body).success, res.text).toBe(true);
    },
  );

  it("a NUL byte in a body id answers 400 with the field's path", async () => {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: cookies.get("physician"),
      json: { patientId: "\u0000", note: MINIMAL_NOTE },
    });
    expect(res.status, res.text).toBe(400);
    expect(res.text).toContain("patientId");
  });

  it("a NUL byte in stored free text answers 400, not 500", async () => {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: cookies.get("physician"),
      json: {
        patientId,
        note: { ...MINIMAL_NOTE, renderingProvider: { name: "Dr \u0000 Nul" } },
      },
    });
    expect(res.status, res.text).toBe(400);
  });

  it("a version past int4 answers 400 on PUT, not 500", async () => {
    const created = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: cookies.get("physician"),
      json: { patientId, note: MINIMAL_NOTE, confirmSameDateOfService: true },
    });
    expect(created.status, created.text).toBe(201);
    const id = z.object({ id: z.string() }).parse(created.body).id;
    for (const version of [2147483648, 2 ** 53]) {
      const res = await call(server.url, `/api/notes/${id}`, {
        method: "PUT",
        cookie: cookies.get("physician"),
        json: { version, note: MINIMAL_NOTE },
      });
      expect(res.status, res.text).toBe(400);
      expect(res.text).toContain("version");
    }
  });
});
