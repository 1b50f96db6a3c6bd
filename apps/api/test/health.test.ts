import { HealthSchema } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { call } from "./support/http.js";
import { startTestServer } from "./support/test-server.js";

describe("health when the database is gone", () => {
  it("answers 503 degraded instead of ok", async () => {
    const server = await startTestServer("sqlite");
    try {
      expect((await call(server.url, "/api/health")).status).toBe(200);
      await server.running.db.kysely.destroy();
      const res = await call(server.url, "/api/health");
      expect(res.status).toBe(503);
      expect(HealthSchema.parse(res.body)).toMatchObject({
        status: "degraded",
        database: { kind: "sqlite", ok: false },
      });
      expect(server.logLines.join("")).toContain('"event":"health.database-failed"');
    } finally {
      await server.close();
    }
  });
});
