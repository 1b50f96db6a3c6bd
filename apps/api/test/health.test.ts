import { HealthSchema, ProblemSchema } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { call } from "./support/http.js";
import { startTestServer } from "./support/test-server.js";

describe("when the database is gone", () => {
  it("health answers 503 degraded and other routes a logged 500 problem", async () => {
    const server = await startTestServer("sqlite");
    try {
      const cookie = await server.signIn();
      expect((await call(server.url, "/api/health")).status).toBe(200);
      await server.running.db.kysely.destroy();

      const health = await call(server.url, "/api/health");
      expect(health.status).toBe(503);
      expect(HealthSchema.parse(health.body)).toMatchObject({
        status: "degraded",
        database: { kind: "sqlite", ok: false },
      });

      const patients = await call(server.url, "/api/patients", { cookie });
      expect(patients.status).toBe(500);
      expect(patients.headers.get("content-type")).toBe("application/problem+json");
      expect(ProblemSchema.parse(patients.body).type).toBe("/problems/internal");
      expect(patients.text).not.toContain("    at "); // no stack trace to the client

      const log = server.logLines.join("");
      expect(log).toContain('"event":"health.database-failed"');
      expect(log).toContain('"event":"unhandled-error"');
    } finally {
      await server.close();
    }
  });
});
