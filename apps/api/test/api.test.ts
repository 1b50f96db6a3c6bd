import { gunzipSync } from "node:zlib";
import {
  NoteRecordSchema,
  NoteSchema,
  NoteSummarySchema,
  PatientSchema,
  ProblemSchema,
  UserSchema,
  HealthSchema,
  IcdSearchResponseSchema,
  PayerProfileSchema,
  type NoteRecord,
  type Patient,
  Icd10cmSliceSchema,
} from "@tpi/schemas";
import { readCodeSetGzip } from "@tpi/codesets";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  DEMO_PASSWORD,
  MAX_BODY_BYTES,
  migrateToLatest,
  seedDemoDataIfEmpty,
} from "../src/index.js";
import { call } from "./support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

const problemOf = (body: unknown) => ProblemSchema.parse(body);

describe.each(DATABASES)("API on %s", (database) => {
  let server: TestServer;
  let cookie: string;
  let patients: Patient[];
  /** GET with the physician's session, another cookie, or none (null). */
  const get = (path: string, c: string | null = cookie) =>
    call(server.url, path, { cookie: c ?? undefined });

  beforeAll(async () => {
    server = await startTestServer(database);
    cookie = await server.signIn("physician@demo.tpi");
    patients = z.array(PatientSchema).parse((await get("/api/patients")).body);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function createNote(
    note: unknown = MINIMAL_NOTE,
    patient = patients[0],
  ): Promise<NoteRecord> {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie,
      // Several notes share a date of service here on purpose.
      json: { patientId: patient?.id, note, confirmSameDateOfService: true },
    });
    expect(res.status).toBe(201);
    return NoteRecordSchema.parse(res.body);
  }

  describe("health", () => {
    it("answers without a session and checks the database", async () => {
      const res = await get("/api/health", null);
      expect(res.status).toBe(200);
      expect(HealthSchema.parse(res.body)).toMatchObject({
        status: "ok",
        database: { kind: database, ok: true },
      });
    });
  });

  describe("session", () => {
    it("signs in with the demo password and sets a strict HttpOnly cookie", async () => {
      const res = await call(server.url, "/api/session", {
        method: "POST",
        json: { email: "Coder@Demo.tpi ", password: "demo-tpi-2026" },
      });
      expect(res.status).toBe(200);
      expect(UserSchema.parse(res.body)).toMatchObject({ email: "coder@demo.tpi", role: "coder" });
      const setCookie = res.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/^tpi_session=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
    });

    it.each([
      { name: "wrong password", email: "coder@demo.tpi", password: "not-it" },
      { name: "unknown email", email: "nobody@demo.tpi", password: "demo-tpi-2026" },
    ])("refuses a $name with 401 problem", async ({ email, password }) => {
      const res = await call(server.url, "/api/session", {
        method: "POST",
        json: { email, password },
      });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(problemOf(res.body).status).toBe(401);
    });

    it("validates the sign-in body with field paths", async () => {
      const res = await call(server.url, "/api/session", {
        method: "POST",
        json: { email: "x", password: "" },
      });
      expect(res.status).toBe(400);
      expect(
        problemOf(res.body)
          .errors?.map((e) => e.path)
          .sort(),
      ).toEqual(["email", "password"]);
    });

    it.each([
      { name: "no cookie", cookie: null },
      { name: "an unknown token", cookie: "tpi_session=forged" },
      { name: "an empty token", cookie: "tpi_session=" },
    ])("answers 401 problem+json with $name", async ({ cookie: c }) => {
      for (const path of [
        "/api/patients",
        "/api/session/me",
        "/api/code-sets/mue-subset.tsv.gz",
        "/api/nope",
      ]) {
        const res = await get(path, c);
        expect(res.status, path).toBe(401);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
      }
    });

    it("pauses an email after five failed sign-ins, even for the right password", async () => {
      const attempt = (email: string, password: string) =>
        call(server.url, "/api/session", { method: "POST", json: { email, password } });
      // A success clears the count: four failures, a success, then the five that pause it.
      await server.signIn("coder@demo.tpi");
      for (let i = 0; i < 4; i++) {
        expect((await attempt("coder@demo.tpi", "wrong")).status).toBe(401);
      }
      await server.signIn("coder@demo.tpi");
      for (let i = 0; i < 5; i++) {
        expect((await attempt("coder@demo.tpi", "wrong")).status).toBe(401);
      }

      const paused = await attempt("Coder@Demo.tpi", DEMO_PASSWORD);
      expect(paused.status).toBe(429);
      expect(paused.headers.get("set-cookie")).toBeNull();
      const retryAfter = Number(paused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      const refused = problemOf(paused.body);
      expect(refused).toMatchObject({ type: "/problems/too-many-sign-ins", status: 429 });
      expect(refused.detail).toMatch(/^Too many failed sign-ins\. Try again in 15 minutes/);
      // Another account is not affected.
      expect(await server.signIn("admin@demo.tpi")).toMatch(/^tpi_session=/);
      // An email with no account is counted the same way, so the pause reveals nothing.
      for (let i = 0; i < 5; i++) {
        expect((await attempt("ghost@demo.tpi", "wrong")).status).toBe(401);
      }
      expect((await attempt("ghost@demo.tpi", "wrong")).status).toBe(429);
    });

    it("tells who is signed in, and signing out ends the session", async () => {
      const own = await server.signIn("admin@demo.tpi");
      const me = await get("/api/session/me", own);
      expect(me.status).toBe(200);
      expect(UserSchema.parse(me.body)).toMatchObject({ email: "admin@demo.tpi", role: "admin" });
      const out = await call(server.url, "/api/session", { method: "DELETE", cookie: own });
      expect(out.status).toBe(204);
      expect(out.headers.get("set-cookie")).toMatch(/tpi_session=;/);
      expect((await get("/api/session/me", own)).status).toBe(401);
      // Signing out again (expired or unknown session) still clears the cookie.
      const again = await call(server.url, "/api/session", { method: "DELETE", cookie: own });
      expect(again.status).toBe(204);
      expect(again.headers.get("set-cookie")).toMatch(/tpi_session=;/);
    });
  });

  describe("patients", () => {
    it("lists the synthetic demo patients", () => {
      expect(patients.map((p) => p.mrn).sort()).toEqual([
        "DEMO-0001",
        "DEMO-0002",
        "DEMO-0003",
        "DEMO-0004",
        "DEMO-0005",
      ]);
      expect(new Set(patients.map((p) => p.defaultPayerProfileId))).toEqual(
        new Set(["medicare-lcd-2024", "medicare-no-lcd", "commercial-bcbsa"]),
      );
    });

    it("gets one patient, and 404 for an unknown id", async () => {
      const first = patients[0]!;
      const res = await get(`/api/patients/${first.id}`);
      expect(res.status).toBe(200);
      expect(PatientSchema.parse(res.body)).toEqual(first);
      const missing = await get("/api/patients/00000000-0000-4000-8000-000000000000");
      expect(missing.status).toBe(404);
      expect(problemOf(missing.body).status).toBe(404);
      expect((await get("/api/patients/00000000-0000-4000-8000-000000000000/notes")).status).toBe(
        404,
      );
    });

    it("marks patient data as not cacheable", async () => {
      expect((await get("/api/patients")).headers.get("cache-control")).toBe("no-store");
    });
  });

  describe("notes", () => {
    it("creates, reads and updates a note; the stored note is the parsed input", async () => {
      const created = await createNote();
      const me = UserSchema.parse((await get("/api/session/me")).body);
      expect(created).toMatchObject({
        version: 1,
        status: "draft",
        patientId: patients[0]!.id,
        createdBy: me.id,
        updatedBy: me.id,
      });
      expect(created.note).toEqual(NoteSchema.parse(MINIMAL_NOTE));
      expect(created.signedAt).toBeNull();

      const read = await get(`/api/notes/${created.id}`);
      expect(read.status).toBe(200);
      expect(NoteRecordSchema.parse(read.body)).toEqual(created);

      // The assistant changes sections of theirs (encounter, history) on the physician's note.
      const assistant = await server.signIn("ma@demo.tpi");
      const assistantId = UserSchema.parse((await get("/api/session/me", assistant)).body).id;
      const edited = { ...MINIMAL_NOTE, history: { location: "neck" }, placeOfService: "22" };
      const put = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie: assistant,
        json: { version: 1, note: edited },
      });
      expect(put.status).toBe(200);
      const updated = NoteRecordSchema.parse(put.body);
      expect(updated).toMatchObject({ version: 2, createdBy: me.id, updatedBy: assistantId });
      expect(updated.note).toEqual(NoteSchema.parse(edited));

      // Every accepted write is kept.
      const versions = await server.running.db.kysely
        .selectFrom("note_versions")
        .select(["version", "saved_by", "note_json"])
        .where("note_id", "=", created.id)
        .orderBy("version")
        .execute();
      expect(versions.map((v) => [Number(v.version), v.saved_by])).toEqual([
        [1, me.id],
        [2, assistantId],
      ]);
      expect(JSON.parse(versions[1]!.note_json)).toEqual(updated.note);
    });

    it.each([
      { name: "a lone surrogate", text: "half \ud800 pair" },
      { name: "astral characters and emoji", text: "\u{1D15F} \u{1F600} \u{10FFF3}" },
      { name: "right-to-left text and combining marks", text: "\u05E9\u05DC\u05D5\u05DD e\u0301" },
    ])("stores $name in free text exactly as parsed", async ({ text }) => {
      const note = { ...MINIMAL_NOTE, history: { location: text } };
      const created = await createNote(note);
      const read = NoteRecordSchema.parse((await get(`/api/notes/${created.id}`)).body);
      expect(read.note.history.location).toBe(text);
      expect(read.note).toEqual(NoteSchema.parse(note));
    });

    it("refuses a NUL character in free text with 400 on its field", async () => {
      const res = await call(server.url, "/api/notes", {
        method: "POST",
        cookie,
        json: {
          patientId: patients[0]!.id,
          note: { ...MINIMAL_NOTE, history: { location: "before\u0000after" } },
          confirmSameDateOfService: true,
        },
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain("note.history.location");
    });

    it("answers 409 with the current version when the client's version is stale", async () => {
      const created = await createNote();
      const first = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: 1, note: MINIMAL_NOTE },
      });
      expect(first.status).toBe(200);
      const stale = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: 1, note: MINIMAL_NOTE },
      });
      expect(stale.status).toBe(409);
      expect(stale.headers.get("content-type")).toBe("application/problem+json");
      expect(stale.body).toMatchObject({
        type: "/problems/version-conflict",
        status: 409,
        currentVersion: 2,
      });
      const ahead = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: 7, note: MINIMAL_NOTE },
      });
      expect(ahead.status).toBe(409);
      expect(NoteRecordSchema.parse((await get(`/api/notes/${created.id}`)).body).version).toBe(2);
    });

    it("lets only one of two concurrent writers from the same version win", async () => {
      const created = await createNote();
      const results = await Promise.all(
        [0, 1, 2].map(() =>
          call(server.url, `/api/notes/${created.id}`, {
            method: "PUT",
            cookie,
            json: { version: 1, note: MINIMAL_NOTE },
          }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    });

    it("never changes a signed note", async () => {
      const created = await createNote();
      // No signing route yet (it re-runs the engine): mark it signed the way that route will.
      await server.running.db.kysely
        .updateTable("notes")
        .set({
          status: "signed",
          signed_at: new Date().toISOString(),
          signed_by: created.createdBy,
        })
        .where("id", "=", created.id)
        .execute();
      const res = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: 1, note: MINIMAL_NOTE },
      });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ type: "/problems/note-signed", currentVersion: 1 });
      expect(NoteRecordSchema.parse((await get(`/api/notes/${created.id}`)).body).note).toEqual(
        created.note,
      );
    });

    it("lists a patient's notes as summaries, newest date of service first", async () => {
      const patient = patients[1]!;
      const older = await createNote({ ...MINIMAL_NOTE, dateOfService: "2026-10-02" }, patient);
      const newer = await createNote(
        { ...MINIMAL_NOTE, dateOfService: "2026-11-24", procedure: { muscles: [] } },
        patient,
      );
      const res = await get(`/api/patients/${patient.id}/notes`);
      expect(res.status).toBe(200);
      const summaries = z.array(NoteSummarySchema).parse(res.body);
      expect(summaries.map((s) => [s.id, s.dateOfService, s.muscleCount])).toEqual([
        [newer.id, "2026-11-24", 0],
        [older.id, "2026-10-02", 1],
      ]);
    });

    it.each([
      {
        name: "zero trigger points",
        body: () => ({
          patientId: patients[0]!.id,
          note: {
            ...MINIMAL_NOTE,
            procedure: { muscles: [{ ...MINIMAL_NOTE.procedure.muscles[0], triggerPoints: 0 }] },
          },
        }),
        paths: ["note.procedure.muscles.0.triggerPoints"],
      },
      {
        name: "a bad date and a missing patient id",
        body: () => ({ note: { ...MINIMAL_NOTE, dateOfService: "2026-02-30" } }),
        paths: ["note.dateOfService", "patientId"],
      },
      {
        name: "an array instead of an object",
        body: () => [],
        paths: [""],
      },
      {
        name: "an unknown patient",
        body: () => ({ patientId: "00000000-0000-4000-8000-000000000000", note: MINIMAL_NOTE }),
        paths: ["patientId"],
      },
    ])("refuses a note with $name: 400 with field paths", async ({ body, paths }) => {
      const res = await call(server.url, "/api/notes", { method: "POST", cookie, json: body() });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      const p = problemOf(res.body);
      expect(p.type).toBe("/problems/validation");
      expect(p.errors?.map((e) => e.path).sort()).toEqual(paths);
      expect(p.errors?.every((e) => e.message.length > 0)).toBe(true);
    });

    it("words each problem as zod's English messages, which the web form shows", async () => {
      const muscle = { ...MINIMAL_NOTE.procedure.muscles[0], side: "both", triggerPoints: 0 };
      const res = await call(server.url, "/api/notes", {
        method: "POST",
        cookie,
        json: {
          patientId: 42,
          note: {
            ...MINIMAL_NOTE,
            dateOfService: "2026-02-30",
            history: { painScoreBefore: "7" },
            procedure: { muscles: [muscle] },
          },
        },
      });
      expect(res.status).toBe(400);
      expect(problemOf(res.body).errors).toEqual([
        {
          path: "patientId",
          message: "Invalid input: expected string, received number",
          code: "invalid_type",
        },
        { path: "note.dateOfService", message: "Not a real calendar date", code: "custom" },
        {
          path: "note.history.painScoreBefore",
          message: "Invalid input: expected number, received string",
          code: "invalid_type",
        },
        {
          path: "note.procedure.muscles.0.side",
          message: 'Invalid option: expected one of "left"|"right"|"midline"',
          code: "invalid_value",
        },
        {
          path: "note.procedure.muscles.0.triggerPoints",
          message: "Too small: expected number to be >=1",
          code: "too_small",
        },
      ]);
    });

    it("refuses an update body with field paths", async () => {
      const created = await createNote();
      const res = await call(server.url, `/api/notes/${created.id}`, {
        method: "PUT",
        cookie,
        json: { version: 0, note: { ...MINIMAL_NOTE, payerProfileId: "Not An Id" } },
      });
      expect(res.status).toBe(400);
      expect(
        problemOf(res.body)
          .errors?.map((e) => e.path)
          .sort(),
      ).toEqual(["note.payerProfileId", "version"]);
    });

    it.each([
      {
        name: "malformed JSON",
        rawBody: '{"patientId": ',
        contentType: "application/json",
        status: 400,
        type: "/problems/malformed-json",
      },
      {
        name: "an empty body",
        rawBody: "",
        contentType: "application/json",
        status: 400,
        type: "/problems/malformed-json",
      },
      {
        name: "a form post",
        rawBody: "patientId=1",
        contentType: "application/x-www-form-urlencoded",
        status: 415,
        type: "/problems/unsupported-media-type",
      },
    ])("answers $status to $name", async ({ rawBody, contentType, status, type }) => {
      for (const [method, path] of [
        ["POST", "/api/notes"],
        ["PUT", "/api/notes/x"],
        ["POST", "/api/session"],
      ] as const) {
        const res = await call(server.url, path, { method, cookie, rawBody, contentType });
        expect(res.status, `${method} ${path}`).toBe(status);
        expect(problemOf(res.body).type).toBe(type);
      }
    });

    it("answers 413 to a body over the limit", async () => {
      const res = await call(server.url, "/api/notes", {
        method: "POST",
        cookie,
        rawBody: JSON.stringify({ patientId: "x", padding: "a".repeat(MAX_BODY_BYTES) }),
      });
      expect(res.status).toBe(413);
      expect(problemOf(res.body).status).toBe(413);
    });

    it("answers 404 for unknown notes and routes", async () => {
      const id = "00000000-0000-4000-8000-000000000000";
      expect((await get(`/api/notes/${id}`)).status).toBe(404);
      expect(
        (
          await call(server.url, `/api/notes/${id}`, {
            method: "PUT",
            cookie,
            json: { version: 1, note: MINIMAL_NOTE },
          })
        ).status,
      ).toBe(404);
      for (const path of ["/api/nope", "/api/notes", "/api/patients/x/y/z"]) {
        const res = await get(path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
      }
      expect((await get("/not-api-and-no-web-build")).status).toBe(404);
    });
  });

  describe("code sets", () => {
    it("serves a code-set file gzipped, so the client gets the text", async () => {
      const res = await fetch(`${server.url}/api/code-sets/icd10cm-2027.tsv.gz`, {
        headers: { cookie },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("content-type")).toBe("text/tab-separated-values; charset=utf-8");
      // Revalidated on every load (a corrected re-issue keeps its name), never cached blind.
      expect(res.headers.get("cache-control")).toBe("private, no-cache");
      // fetch decompresses like a browser does; the text equals the stored file unpacked.
      const text = await res.text();
      expect(text).toBe(gunzipSync(readCodeSetGzip("icd10cm-2027.tsv.gz")).toString("utf8"));
      expect(text).toContain("M79.18");

      const etag = res.headers.get("etag") ?? "";
      const again = await fetch(`${server.url}/api/code-sets/icd10cm-2027.tsv.gz`, {
        headers: { cookie, "if-none-match": etag },
      });
      expect(again.status).toBe(304);
    });

    it.each(["nope.tsv.gz", "..%2Fpackage.json", "PROVENANCE.md"])(
      "answers 404 for %s",
      async (file) => {
        expect((await get(`/api/code-sets/${file}`)).status).toBe(404);
      },
    );

    it("slices ICD-10-CM for a note's codes: each code and the codes under it, in every fiscal year", async () => {
      const res = await get("/api/code-sets/icd10cm-slice?codes=m79.1,M54.2");
      expect(res.status, res.text).toBe(200);
      const slice = Icd10cmSliceSchema.parse(res.body);
      expect(slice.icd10cm.map((f) => f.file)).toEqual([
        "icd10cm-2026.tsv.gz",
        "icd10cm-2027.tsv.gz",
      ]);
      for (const { tsv } of slice.icd10cm) {
        const codes = tsv
          .trim()
          .split("\n")
          .slice(1)
          .map((l) => l.split("\t")[0]);
        expect(tsv.split("\n")[0]).toBe("code\tbillable\tshort_title\tlong_title");
        expect(codes).toEqual(expect.arrayContaining(["M79.1", "M79.18", "M79.12", "M54.2"]));
        expect(codes.every((c) => c!.startsWith("M79.1") || c === "M54.2")).toBe(true);
      }
      expect(slice.excludes1.tsv.split("\n")[0]).toBe("code\tnote\texcluded");
    });

    it.each([
      { name: "no codes", query: "", path: "codes" },
      { name: "an empty list", query: "codes=", path: "codes" },
      { name: "a code that is not ICD-10-CM", query: "codes=M79.18,DROP%20TABLE", path: "codes.1" },
      {
        name: "one code over the limit",
        query: `codes=${Array(41).fill("M79.18").join(",")}`,
        path: "codes",
      },
    ])("answers 400 with the field for a bad slice request: $name", async ({ query, path }) => {
      const res = await get(`/api/code-sets/icd10cm-slice?${query}`);
      expect(res.status, res.text).toBe(400);
      expect(res.body).toMatchObject({
        errors: expect.arrayContaining([expect.objectContaining({ path })]) as unknown,
      });
    });

    it("a slice at the limit of 40 codes is answered", async () => {
      const res = await get(
        `/api/code-sets/icd10cm-slice?codes=${Array(40).fill("M79.18").join(",")}`,
      );
      expect(res.status, res.text).toBe(200);
    });

    it("serves the engine's PTP and HCPCS subsets gzipped, far smaller than the files", async () => {
      for (const file of ["ncci-ptp-subset.tsv.gz", "hcpcs-2026.tsv.gz"] as const) {
        const res = await fetch(`${server.url}/api/code-sets/engine-subset/${file}`, {
          headers: { cookie },
        });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-encoding")).toBe("gzip");
        const text = await res.text();
        const whole = gunzipSync(readCodeSetGzip(file)).toString("utf8");
        expect(text.split("\n")[0]).toBe(whole.split("\n")[0]);
        expect(text.length).toBeLessThan(whole.length / 20);
      }
      expect((await get("/api/code-sets/engine-subset/icd10cm-2027.tsv.gz")).status).toBe(404);
    });
  });

  describe("payer profiles", () => {
    it("lists the engine's built-in profiles", async () => {
      const res = await get("/api/payer-profiles");
      expect(res.status).toBe(200);
      const ids = z
        .array(PayerProfileSchema)
        .parse(res.body)
        .map((p) => p.id);
      expect(ids).toEqual(
        expect.arrayContaining(["medicare-lcd-2024", "medicare-no-lcd", "commercial-bcbsa"]),
      );
      expect((await get("/api/payer-profiles", null)).status).toBe(401);
    });
  });

  describe("ICD-10-CM search", () => {
    const search = (query: string) => get(`/api/icd10cm/search?${query}`);

    it.each([
      {
        name: "a code, in the FY2027 set",
        query: "q=M79.18&dos=2026-11-20",
        codeSet: "FY2027",
        code: "M79.18",
      },
      {
        name: "words, in the FY2026 set",
        query: "q=myalgia&dos=2026-05-01&limit=50",
        codeSet: "FY2026",
        code: "M79.18",
      },
    ])("finds $name", async ({ query, codeSet, code }) => {
      const res = await search(query);
      expect(res.status).toBe(200);
      const body = IcdSearchResponseSchema.parse(res.body);
      expect(body.codeSet).toBe(codeSet);
      expect(body.hits.map((h) => h.code)).toContain(code);
    });

    it("keeps to the limit", async () => {
      const body = IcdSearchResponseSchema.parse(
        (await search("q=pain&dos=2026-11-20&limit=3")).body,
      );
      expect(body.hits.length).toBeGreaterThan(0);
      expect(body.hits.length).toBeLessThanOrEqual(3);
    });

    it.each([
      { name: "no query", query: "dos=2026-11-20", path: "q" },
      { name: "a blank query", query: "q=%20%20&dos=2026-11-20", path: "q" },
      { name: "no date", query: "q=pain", path: "dos" },
      { name: "an impossible date", query: "q=pain&dos=2026-02-30", path: "dos" },
      { name: "a zero limit", query: "q=pain&dos=2026-11-20&limit=0", path: "limit" },
      { name: "a word as limit", query: "q=pain&dos=2026-11-20&limit=lots", path: "limit" },
    ])("refuses $name with 400 and the parameter's path", async ({ query, path }) => {
      const res = await search(query);
      expect(res.status).toBe(400);
      expect(problemOf(res.body).errors?.map((e) => e.path)).toEqual([path]);
    });

    it("answers 422, naming the loaded code sets, for a date outside them", async () => {
      const res = await search("q=pain&dos=2019-01-01");
      expect(res.status).toBe(422);
      const p = problemOf(res.body);
      expect(p.detail).toContain("2019-01-01");
      expect(p.detail).toContain("FY2026 (2025-10-01 to 2026-09-30)");
      expect(p.errors?.map((e) => e.path)).toEqual(["dos"]);
    });
  });

  describe("start-up", () => {
    it("is idempotent: migrations and demo data run once", async () => {
      expect(await migrateToLatest(server.running.db)).toEqual([]);
      expect(await seedDemoDataIfEmpty(server.running.db, new Date())).toBe(false);
      const users = await server.running.db.kysely.selectFrom("users").select("email").execute();
      expect(users).toHaveLength(4);
    });

    it.runIf(database === "sqlite")("runs SQLite with WAL and foreign keys on", async () => {
      const { rows: journal } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(
        server.running.db.kysely,
      );
      const { rows: fk } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(
        server.running.db.kysely,
      );
      expect(journal[0]?.journal_mode).toBe("wal");
      expect(fk[0]?.foreign_keys).toBe(1);
    });

    it("refuses a note for a patient that does not exist at the database level too", async () => {
      const user = await server.running.db.kysely
        .selectFrom("users")
        .select("id")
        .executeTakeFirstOrThrow();
      const at = new Date().toISOString();
      await expect(
        server.running.db.kysely
          .insertInto("notes")
          .values({
            id: "orphan",
            patient_id: "no-such-patient",
            status: "draft",
            version: 1,
            date_of_service: "2026-11-20",
            note_json: "{}",
            created_at: at,
            created_by: user.id,
            updated_at: at,
            updated_by: user.id,
            signed_at: null,
            signed_by: null,
            signed_result_json: null,
          })
          .execute(),
      ).rejects.toThrow(/foreign key/i);
    });

    it("keeps patient data out of the logs and logged no server error", () => {
      const log = server.logLines.join("");
      for (const p of patients) {
        expect(log).not.toContain(p.familyName);
        expect(log).not.toContain(p.mrn);
      }
      expect(log).not.toContain("upper-trapezius");
      expect(log).not.toContain('"level":"error"');
      expect(log).toContain('"route":"/api/notes/:id"');
    });
  });
});
