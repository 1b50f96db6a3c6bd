import fc from "fast-check";
import { NoteRecordSchema, NoteSchema, PatientSchema } from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { call } from "./support/http.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

/**
 * Whatever a client sends to a write route, the answer is never a 5xx: the body is validated before
 * anything touches the database. Bodies are arbitrary JSON, and near-valid notes with one field
 * replaced by arbitrary JSON (the likelier way for a buggy client to fail).
 */
const RUNS = 60;

const nearValidNote = fc
  .tuple(
    fc.constantFrom(
      "dateOfService",
      "payerProfileId",
      "placeOfService",
      "procedure",
      "diagnoses",
      "history",
      "findings",
      "sameDayEm",
      "priorSessions",
      "consent",
    ),
    fc.jsonValue(),
  )
  .map(([key, value]) => ({ ...MINIMAL_NOTE, [key]: value }));

const nearValidRow = fc
  .tuple(
    fc.constantFrom("rowId", "muscleId", "side", "triggerPoints", "injectates"),
    fc.jsonValue(),
  )
  .map(([key, value]) => ({
    ...MINIMAL_NOTE,
    procedure: { muscles: [{ ...MINIMAL_NOTE.procedure.muscles[0], [key]: value }] },
  }));

describe.each(DATABASES)("arbitrary bodies on %s", (database) => {
  let server: TestServer;
  let cookie: string;
  let patientId: string;
  let noteId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    cookie = await server.signIn();
    patientId = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie })).body)[0]!.id;
    const created = await call(server.url, "/api/notes", {
      method: "POST",
      cookie,
      json: { patientId, note: MINIMAL_NOTE },
    });
    noteId = NoteRecordSchema.parse(created.body).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const anyBody = fc.oneof(
    fc.jsonValue(),
    fc.record({
      patientId: fc.oneof(fc.constant("<patient>"), fc.jsonValue()),
      note: fc.oneof(nearValidNote, nearValidRow, fc.jsonValue()),
    }),
    fc.record({
      version: fc.oneof(fc.integer({ min: -2, max: 5 }), fc.jsonValue()),
      note: fc.oneof(nearValidNote, nearValidRow),
    }),
  );
  const withPatient = (body: unknown): unknown =>
    body !== null &&
    typeof body === "object" &&
    "patientId" in body &&
    body.patientId === "<patient>"
      ? { ...body, patientId }
      : body;

  it.each([
    { route: "POST /api/notes", method: "POST", path: () => "/api/notes" },
    { route: "PUT /api/notes/:id", method: "PUT", path: () => `/api/notes/${noteId}` },
    { route: "POST /api/session", method: "POST", path: () => "/api/session" },
  ])("$route never answers 5xx", async ({ method, path }) => {
    await fc.assert(
      fc.asyncProperty(anyBody, async (body) => {
        const res = await call(server.url, path(), { method, cookie, json: withPatient(body) });
        expect(res.status).toBeLessThan(500);
        // Anything refused is a problem document, never an HTML error page.
        if (res.status >= 400) {
          expect(res.headers.get("content-type")).toBe("application/problem+json");
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("stores any free text exactly as the schema parsed it (any script, emoji)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 100 }),
        fc.string({ unit: "grapheme", maxLength: 50 }),
        async (location, referredPain) => {
          const note = { ...MINIMAL_NOTE, history: { location, referredPain } };
          const res = await call(server.url, "/api/notes", {
            method: "POST",
            cookie,
            json: { patientId, note, confirmSameDateOfService: true },
          });
          expect(res.status).toBe(201);
          const stored = NoteRecordSchema.parse(
            (
              await call(server.url, `/api/notes/${NoteRecordSchema.parse(res.body).id}`, {
                cookie,
              })
            ).body,
          );
          expect(stored.note).toEqual(NoteSchema.parse(JSON.parse(JSON.stringify(note))));
        },
      ),
      { numRuns: 25 },
    );
  });
});
