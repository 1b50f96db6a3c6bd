import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NoteRecordSchema, PatientSchema } from "@tpi/schemas";
import { z } from "zod/mini";
import { checkChain } from "../src/audit/audit-chain.js";
import { auditRowsInOrder } from "../src/audit/audit-log.store.js";
import type { AuditLogRow } from "../src/db/database.js";
import { call } from "./support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

/** The audit trail (issue 8): every read, write and refusal on patient data is one chained row. */
describe.each(DATABASES)("audit trail on %s", (database) => {
  let server: TestServer;
  let cookie: string;
  let physicianId: string;
  let patientId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    cookie = await server.signIn("physician@demo.tpi");
    physicianId = z
      .object({ id: z.string() })
      .parse((await call(server.url, "/api/session/me", { cookie })).body).id;
    const patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie })).body);
    patientId = patients[0]?.id ?? "";
  });
  afterAll(async () => {
    await server?.close();
  });

  const rows = () =>
    server.running.db.kysely.selectFrom("audit_log").selectAll().orderBy("seq").execute();
  /** The rows appended while `act` ran. */
  async function appendedBy(act: () => Promise<unknown>): Promise<AuditLogRow[]> {
    const before = (await rows()).length;
    await act();
    return (await rows()).slice(before);
  }

  it("records a write and a read of a note with user, role, action, patient, note, address and outcome", async () => {
    let noteId = "";
    const appended = await appendedBy(async () => {
      const created = await call(server.url, "/api/notes", {
        method: "POST",
        cookie,
        json: { patientId, note: MINIMAL_NOTE },
      });
      noteId = NoteRecordSchema.parse(created.body).id;
      expect((await call(server.url, `/api/notes/${noteId}`, { cookie })).status).toBe(200);
    });
    expect(appended).toHaveLength(2);
    expect(appended[0]).toMatchObject({
      user_id: physicianId,
      role: "physician",
      action: "POST /api/notes",
      status: 201,
      outcome: "ok",
      client_address: expect.stringMatching(/127\.0\.0\.1/) as unknown,
    });
    expect(appended[1]).toMatchObject({
      user_id: physicianId,
      role: "physician",
      action: "GET /api/notes/:id",
      note_id: noteId,
      // The note's patient is looked up, so a patient's whole trail can be filtered.
      patient_id: patientId,
      status: 200,
      outcome: "ok",
    });
    expect(Date.parse(appended[1]?.at ?? "")).not.toBeNaN();
  });

  it("records refusals: no session (401), a missing note (404), a stale write (409)", async () => {
    const missing = randomUUID();
    const appended = await appendedBy(async () => {
      await call(server.url, `/api/patients/${patientId}`);
      await call(server.url, `/api/notes/${missing}`, { cookie });
      const created = NoteRecordSchema.parse(
        (
          await call(server.url, "/api/notes", {
            method: "POST",
            cookie,
            json: { patientId, note: MINIMAL_NOTE, confirmSameDateOfService: true },
          })
        ).body,
      );
      await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: created.version + 5, note: MINIMAL_NOTE },
      });
    });
    expect(appended.map((r) => [r.action, r.status, r.outcome])).toEqual([
      ["GET /api/patients/:id", 401, "refused"],
      ["GET /api/notes/:id", 404, "refused"],
      ["POST /api/notes", 201, "ok"],
      ["PUT /api/notes/:id", 409, "refused"],
    ]);
    expect(appended[0]).toMatchObject({ user_id: null, role: null, patient_id: patientId });
    expect(appended[1]).toMatchObject({ note_id: missing, patient_id: null });
  });

  it("records failed sign-ins with the email typed, and successful ones with the user", async () => {
    const appended = await appendedBy(async () => {
      await call(server.url, "/api/session", {
        method: "POST",
        json: { email: "coder@demo.tpi", password: "wrong password" },
      });
      await server.signIn("coder@demo.tpi");
    });
    expect(appended).toHaveLength(2);
    expect(appended[0]).toMatchObject({ action: "POST /api/session", status: 401, user_id: null });
    expect(JSON.parse(appended[0]?.detail ?? "{}")).toEqual({ email: "coder@demo.tpi" });
    expect(appended[1]).toMatchObject({ status: 200, role: "coder" });
    expect(appended[1]?.user_id).not.toBeNull();
  });

  it("does not record requests that carry no patient data (health, code sets, payer profiles, me)", async () => {
    const appended = await appendedBy(async () => {
      await call(server.url, "/api/health");
      await call(server.url, "/api/payer-profiles", { cookie });
      await call(server.url, "/api/session/me", { cookie });
    });
    expect(appended).toEqual([]);
  });

  it("keeps one unbroken chain when many requests append at once", async () => {
    const before = (await rows()).length;
    await Promise.all(
      Array.from({ length: 40 }, () => call(server.url, `/api/patients/${patientId}`, { cookie })),
    );
    const all = await rows();
    expect(all.length - before).toBe(40);
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1));
    expect(await checkChain(auditRowsInOrder(server.running.db))).toEqual({
      intact: true,
      rows: all.length,
    });
  });

  it("is append-only in the database itself: UPDATE and DELETE are refused by a trigger", async () => {
    const { kysely } = server.running.db;
    await expect(
      kysely.updateTable("audit_log").set({ outcome: "ok" }).where("seq", "=", 1).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(kysely.deleteFrom("audit_log").where("seq", "=", 1).execute()).rejects.toThrow(
      /append-only/,
    );
    if (database === "postgres") {
      await expect(sql`truncate audit_log`.execute(kysely)).rejects.toThrow(/append-only/);
    }
    expect((await rows())[0]?.seq).toBe(1);
  });
});
