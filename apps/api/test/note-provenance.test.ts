import {
  NoteProvenanceSchema,
  NoteRecordSchema,
  PatientSchema,
  UserSchema,
  type NoteRecord,
  type Patient,
} from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { call } from "./support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

/** What an assistant may write: the encounter and history (the procedure is the physician's). */
const MA_NOTE = {
  dateOfService: MINIMAL_NOTE.dateOfService,
  payerProfileId: MINIMAL_NOTE.payerProfileId,
  history: { location: "right upper back", painCharacter: ["aching"] },
};

describe.each(DATABASES)("note provenance and carried-forward on %s", (database) => {
  let server: TestServer;
  let maCookie: string;
  let physicianCookie: string;
  let patient: Patient;

  beforeAll(async () => {
    server = await startTestServer(database);
    maCookie = await server.signIn("ma@demo.tpi");
    physicianCookie = await server.signIn("physician@demo.tpi");
    const list = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: maCookie })).body);
    const first = list[0];
    if (first === undefined) throw new Error("no demo patient");
    patient = first;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function create(cookie: string, body: Record<string, unknown>): Promise<NoteRecord> {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie,
      json: { patientId: patient.id, confirmSameDateOfService: true, ...body },
    });
    expect(res.status, res.text).toBe(201);
    return NoteRecordSchema.parse(res.body);
  }
  async function me(cookie: string) {
    return UserSchema.parse((await call(server.url, "/api/session/me", { cookie })).body);
  }

  it("names the MA for the history and the physician for the procedure they changed", async () => {
    const ma = await me(maCookie);
    const physician = await me(physicianCookie);
    const created = await create(maCookie, { note: MA_NOTE });
    const changed = {
      ...created.note,
      procedure: { ...created.note.procedure, needleGauge: 27, technique: "fan" },
    };
    const put = await call(server.url, `/api/notes/${created.id}`, {
      method: "PUT",
      cookie: physicianCookie,
      json: { version: created.version, note: changed },
    });
    expect(put.status, put.text).toBe(200);

    const res = await call(server.url, `/api/notes/${created.id}/provenance`, {
      cookie: physicianCookie,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { sections } = NoteProvenanceSchema.parse(res.body);
    expect(sections.history).toMatchObject({
      userId: ma.id,
      displayName: ma.displayName,
      role: "medical-assistant",
      version: 1,
      at: created.createdAt,
    });
    expect(sections.procedure).toMatchObject({
      userId: physician.id,
      displayName: physician.displayName,
      role: "physician",
      version: 2,
    });
    // Left blank by both: nobody is named for it.
    expect(sections.consent).toBeUndefined();
    expect(sections.findings).toBeUndefined();
  });

  it.each([
    {
      name: "an unknown note",
      path: "/api/notes/no-such-note/provenance",
      signedIn: true,
      status: 404,
    },
    {
      name: "no session",
      path: "/api/notes/no-such-note/provenance",
      signedIn: false,
      status: 401,
    },
  ])("answers $status for $name", async ({ path, signedIn, status }) => {
    const res = await call(server.url, path, { cookie: signedIn ? maCookie : undefined });
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("keeps carriedForward through create, read and update; null when not sent", async () => {
    const source = await create(maCookie, { note: MA_NOTE });
    const carriedForward = {
      fromNoteId: source.id,
      paths: ["history.location", "procedure.muscles"],
    };
    const created = await create(maCookie, { note: MA_NOTE, carriedForward });
    expect(created.carriedForward).toEqual(carriedForward);
    const read = await call(server.url, `/api/notes/${created.id}`, { cookie: physicianCookie });
    expect(NoteRecordSchema.parse(read.body).carriedForward).toEqual(carriedForward);
    const put = await call(server.url, `/api/notes/${created.id}`, {
      method: "PUT",
      cookie: physicianCookie,
      json: { version: created.version, note: created.note },
    });
    expect(NoteRecordSchema.parse(put.body).carriedForward).toEqual(carriedForward);

    expect(source.carriedForward).toBeNull();
    const explicitNull = await create(maCookie, { note: MA_NOTE, carriedForward: null });
    expect(explicitNull.carriedForward).toBeNull();
  });

  it("refuses a malformed carriedForward with a field path", async () => {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: maCookie,
      json: { patientId: patient.id, note: MA_NOTE, carriedForward: { paths: "history" } },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/carriedForward/);
  });
});
