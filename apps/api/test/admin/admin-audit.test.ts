import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  AuditPageSchema,
  NoteRecordSchema,
  PatientSchema,
  ProblemSchema,
  type AuditEntry,
} from "@tpi/schemas";
import { call } from "../support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";

/**
 * The admin reads the audit trail through GET /api/admin/audit: each filter narrows to exactly the
 * rows it names, pages neither skip nor repeat a row, and bad filters are 400 with their names.
 * The server's clock is set per step, so rows fall on known days.
 */
describe.each(DATABASES)("the admin's audit trail on %s", (database) => {
  let server: TestServer;
  let now = new Date("2026-11-18T09:00:00.000Z");
  let admin: string;
  let physician: string;
  let coder: string;
  let physicianId: string;
  let patientId: string;
  let otherPatientId: string;
  let noteId: string;

  beforeAll(async () => {
    server = await startTestServer(database, { now: () => now });
    physician = await server.signIn("physician@demo.tpi");
    physicianId = z
      .object({ id: z.string() })
      .parse((await call(server.url, "/api/session/me", { cookie: physician })).body).id;
    const patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: physician })).body);
    patientId = patients[0]!.id;
    otherPatientId = patients[1]!.id;

    // 18 Nov: the physician writes a note for the first patient and reads the second.
    const created = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: physician,
      json: { patientId, note: MINIMAL_NOTE, confirmSameDateOfService: true },
    });
    noteId = NoteRecordSchema.parse(created.body).id;
    await call(server.url, `/api/patients/${otherPatientId}`, { cookie: physician });
    // 19 Nov: the coder is refused the draft; someone guesses a password.
    now = new Date("2026-11-19T10:00:00.000Z");
    coder = await server.signIn("coder@demo.tpi");
    await call(server.url, `/api/notes/${noteId}`, { cookie: coder });
    await call(server.url, "/api/session", {
      method: "POST",
      json: { email: "nobody@clinic.test", password: "not the password" },
    });
    // 20 Nov: the physician reads the note.
    now = new Date("2026-11-20T11:00:00.000Z");
    physician = await server.signIn("physician@demo.tpi");
    await call(server.url, `/api/notes/${noteId}`, { cookie: physician });
    admin = await server.signIn("admin@demo.tpi");
  });
  afterAll(async () => {
    await server?.close();
  });

  async function read(query: string): Promise<AuditEntry[]> {
    const res = await call(server.url, `/api/admin/audit${query}`, { cookie: admin });
    expect(res.status, res.text).toBe(200);
    return AuditPageSchema.parse(res.body).entries;
  }

  it("lists newest first, naming the user by name and email", async () => {
    const entries = await read("");
    const seqs = entries.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const read20 = entries.find(
      (e) => e.at.startsWith("2026-11-20") && e.action === "GET /api/notes/:id",
    );
    expect(read20).toMatchObject({
      userId: physicianId,
      userName: "Dr. Demo Physician (physician@demo.tpi)",
      role: "physician",
      action: "GET /api/notes/:id",
      noteId,
      patientId,
      outcome: "ok",
      status: 200,
    });
  });

  it("filters by user: only that user's rows", async () => {
    const entries = await read(`?userId=${physicianId}`);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.every((e) => e.userId === physicianId)).toBe(true);
  });

  it("filters by patient and by note", async () => {
    const forPatient = await read(`?patientId=${patientId}`);
    expect(forPatient.length).toBeGreaterThanOrEqual(2);
    expect(forPatient.every((e) => e.patientId === patientId)).toBe(true);
    const other = await read(`?patientId=${otherPatientId}`);
    expect(other.map((e) => e.action)).toEqual(["GET /api/patients/:id"]);
    const forNote = await read(`?noteId=${noteId}`);
    expect(forNote.map((e) => [e.role, e.status])).toEqual([
      ["physician", 200],
      ["coder", 403],
    ]);
  });

  it("filters by outcome: refusals only", async () => {
    const refused = await read("?outcome=refused");
    expect(refused.length).toBeGreaterThanOrEqual(2);
    expect(refused.every((e) => e.outcome === "refused" && e.status >= 400)).toBe(true);
    const failedSignIn = refused.find((e) => e.action === "POST /api/session");
    expect(failedSignIn).toMatchObject({ userId: null, userName: null, status: 401 });
    expect(failedSignIn?.detail).toMatchObject({ email: "nobody@clinic.test" });
  });

  it("filters by a part of the action, case aside, with LIKE's wildcards taken literally", async () => {
    const signIns = await read("?action=post%20/API/SESSION");
    expect(signIns.length).toBeGreaterThanOrEqual(1);
    expect(signIns.every((e) => e.action === "POST /api/session")).toBe(true);
    expect(await read(`?action=${encodeURIComponent("%")}`)).toEqual([]);
    expect(await read(`?action=${encodeURIComponent("GET_/api")}`)).toEqual([]);
  });

  it("filters by a day range (whole days, inclusive) and by instants", async () => {
    const day19 = await read("?from=2026-11-19&to=2026-11-19");
    expect(day19.length).toBeGreaterThanOrEqual(2);
    expect(day19.every((e) => e.at.startsWith("2026-11-19"))).toBe(true);
    const from20 = await read("?from=2026-11-20");
    expect(from20.every((e) => e.at >= "2026-11-20")).toBe(true);
    expect(from20.length).toBeGreaterThanOrEqual(1);
    const upTo18 = await read("?to=2026-11-18T23:59:59.999Z");
    expect(upTo18.length).toBeGreaterThanOrEqual(2);
    expect(upTo18.every((e) => e.at.startsWith("2026-11-18"))).toBe(true);
  });

  it("combines filters: the coder's refusals on that note", async () => {
    const entries = await read(`?noteId=${noteId}&outcome=refused&from=2026-11-19`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ role: "coder", status: 403 });
  });

  it("pages newest first without skipping or repeating a row", async () => {
    // The physician's rows: the admin's own reads (audited too) do not add to them meanwhile.
    const all = await read(`?limit=200&userId=${physicianId}`);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const seen: number[] = [];
    let before: number | null | undefined;
    do {
      const res = await call(
        server.url,
        `/api/admin/audit?limit=2&userId=${physicianId}${before ? `&before=${before}` : ""}`,
        { cookie: admin },
      );
      const page = AuditPageSchema.parse(res.body);
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries.map((e) => e.seq));
      before = page.nextBefore;
    } while (before !== null);
    expect(seen).toEqual(all.map((e) => e.seq));
  });

  it.each([
    ["outcome=maybe", "outcome"],
    ["from=2026-02-30", "from"],
    ["to=yesterday", "to"],
    ["limit=1000", "limit"],
    ["before=-3", "before"],
  ])("refuses a bad filter (%s) with 400 naming it", async (query, path) => {
    const res = await call(server.url, `/api/admin/audit?${query}`, { cookie: admin });
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.body).errors?.map((e) => e.path)).toContain(path);
  });
});
