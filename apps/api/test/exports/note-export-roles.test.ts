import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import { DATABASES, startTestServer, type TestServer } from "../support/test-server.js";
import { signThroughRoute } from "./sign-for-test.js";
import { createNote, firstPatient } from "./support.js";

const KINDS = ["document", "text", "pdf", "fhir"] as const;

describe.each(DATABASES)("who may export a note, and the audit trail, on %s", (database) => {
  let server: TestServer;
  let draftId: string;
  let signedId: string;
  let signedAt: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(database);
    for (const who of ["physician", "ma", "coder", "admin"]) {
      cookies[who] = await server.signIn(`${who}@demo.tpi`);
    }
    const patient = await firstPatient(server, cookies.physician!);
    draftId = (await createNote(server, cookies.physician!, patient.id)).id;
    const signed = await createNote(server, cookies.physician!, patient.id);
    const stored = await signThroughRoute(server, cookies.physician!, signed);
    signedId = signed.id;
    signedAt = stored.signature!.signedAt;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
  });

  const get = (who: string, id: string, kind: string) =>
    call(server.url, `/api/notes/${id}/${kind}`, { cookie: cookies[who] });

  it.each([
    { who: "physician", note: "draft", status: 200 },
    { who: "physician", note: "signed", status: 200 },
    { who: "ma", note: "draft", status: 200 },
    { who: "coder", note: "signed", status: 200 },
    { who: "coder", note: "draft", status: 403 },
    { who: "admin", note: "signed", status: 403 },
  ])("$who exporting a $note note: $status for every format", async ({ who, note, status }) => {
    for (const kind of KINDS) {
      const res = await get(who, note === "draft" ? draftId : signedId, kind);
      expect(res.status, `${kind}: ${res.text.slice(0, 200)}`).toBe(status);
    }
  });

  it("without a session every export is 401", async () => {
    for (const kind of KINDS) {
      expect((await call(server.url, `/api/notes/${signedId}/${kind}`)).status).toBe(401);
    }
  });

  it("the signed note prints its signature and no draft mark", async () => {
    const res = await get("coder", signedId, "text?width=0");
    expect(res.text).not.toContain("DRAFT - not signed");
    expect(res.text).toContain("Signed by: Dr. Demo Physician");
    // The stored signature's time, to the minute, in UTC as the document prints it.
    expect(res.text).toContain(`Signed at: ${signedAt.slice(0, 10)} ${signedAt.slice(11, 16)} UTC`);
  });

  it("every export, and every refused one, is a row in the audit trail naming the note and format", async () => {
    const before = await server.running.db.kysely
      .selectFrom("audit_log")
      .select(({ fn }) => fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    for (const kind of KINDS) await get("coder", signedId, kind);
    await get("coder", draftId, "pdf");
    const rows = await server.running.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .orderBy("seq")
      .offset(Number(before.n))
      .limit(100)
      .execute();
    const exported = rows.filter((r) => r.action === "note.export");
    expect(
      exported.map((r) => [
        r.note_id,
        (JSON.parse(r.detail ?? "{}") as { format?: string }).format,
        r.status,
      ]),
    ).toEqual([
      [signedId, "print-view", 200],
      [signedId, "text", 200],
      [signedId, "pdf", 200],
      [signedId, "fhir", 200],
    ]);
    const refused = rows.filter((r) => r.note_id === draftId);
    expect(refused.map((r) => [r.role, r.status])).toEqual([["coder", 403]]);
  });
});
