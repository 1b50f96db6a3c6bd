import canonicalize from "canonicalize";
import { createHash } from "node:crypto";
import { sql } from "kysely";
import {
  NoteRecordSchema,
  NoteSchema,
  PatientSchema,
  PriorSessionsResponseSchema,
  ProblemSchema,
  type NoteRecord,
  type Patient,
} from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { updateNote } from "../src/store/notes.store.js";
import { call } from "./support/http.js";
import { signableNote } from "./support/signable-note.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

const ATTESTATION = "I performed this procedure and this note is accurate.";

describe.each(DATABASES)("signing and locking on %s", (database) => {
  let server: TestServer;
  let physician: string;
  let coder: string;
  let patients: Patient[];

  beforeAll(async () => {
    server = await startTestServer(database);
    physician = await server.signIn("physician@demo.tpi");
    coder = await server.signIn("coder@demo.tpi");
    patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: physician })).body);
  });
  afterAll(async () => {
    await server?.close();
  });

  const byMrn = (mrn: string) => patients.find((p) => p.mrn === mrn)!;

  async function create(note: unknown, patient = byMrn("DEMO-0001")): Promise<NoteRecord> {
    const res = await call(server.url, "/api/notes", {
      method: "POST",
      cookie: physician,
      json: { patientId: patient.id, note, confirmSameDateOfService: true },
    });
    expect(res.status, res.text).toBe(201);
    return NoteRecordSchema.parse(res.body);
  }
  const sign = (record: NoteRecord, version = record.version) =>
    call(server.url, `/api/notes/${record.id}/sign`, {
      method: "POST",
      cookie: physician,
      json: { version, attestation: ATTESTATION },
    });

  it("refuses to sign an incomplete note with 422, each blocking item with its field path", async () => {
    const draft = await create({
      ...MINIMAL_NOTE,
      procedure: {
        muscles: [
          ...MINIMAL_NOTE.procedure.muscles,
          { rowId: "r2", muscleId: "levator-scapulae", side: "right", triggerPoints: 2 },
        ],
      },
    });
    const res = await sign(draft);
    expect(res.status).toBe(422);
    const p = ProblemSchema.parse(res.body);
    expect(p.type).toBe("/problems/sign-blocked");
    const paths = p.errors?.map((e) => e.path) ?? [];
    // Consent (the law), and a row with neither injectate nor an explicit dry-needling choice.
    expect(paths).toContain("note.consent.obtained");
    expect(paths).toContain("note.procedure.muscles.1.injectates");
    expect(p.blocking?.checklist.map((i) => i.id)).toContain("DOC-CONSENT");
    expect(p.errors?.every((e) => e.path.startsWith("note"))).toBe(true);
    const after = NoteRecordSchema.parse(
      (await call(server.url, `/api/notes/${draft.id}`, { cookie: physician })).body,
    );
    expect(after.status).toBe("draft");
  });

  it("accepts an explicit dry-needling choice in place of an injectate", async () => {
    const note = signableNote("2026-06-01");
    const row = { rowId: "dn", muscleId: "upper-trapezius", side: "left", triggerPoints: 1 };
    const withChoice = await create(
      {
        ...note,
        procedure: {
          ...note.procedure,
          muscles: [...note.procedure!.muscles!, { ...row, dryNeedling: true }],
        },
      },
      byMrn("DEMO-0003"),
    );
    const res = await sign(withChoice);
    const blockedPaths = ProblemSchema.safeParse(res.body).data?.errors?.map((e) => e.path) ?? [];
    expect(blockedPaths).not.toContain("note.procedure.muscles.1.injectates");
  });

  it("signs a complete note: stores the signature, the result and the canonical SHA-256", async () => {
    const draft = await create(signableNote("2026-11-20"), byMrn("DEMO-0004"));
    const res = await sign(draft);
    expect(res.status, res.text).toBe(200);
    const signed = NoteRecordSchema.parse(res.body);
    expect(signed.status).toBe("signed");
    expect(signed.version).toBe(draft.version);
    const s = signed.signature!;
    expect(s.attestation).toBe(ATTESTATION);
    expect(s.signerName).toBe("Dr. Demo Physician");
    expect(s.noteSha256).toBe(
      createHash("sha256")
        .update(canonicalize(NoteSchema.parse(draft.note))!)
        .digest("hex"),
    );
    expect(s.payerProfile).toEqual({ id: "medicare-lcd-2024", version: 1 });
    expect(s.result.claimLines.map((l) => l.code)).toEqual(["20552"]);
    expect(s.rules.map((r) => r.id)).toContain("DOC-CONSENT");
    expect(s.codeSets.icd10cm).toBe("FY2027");
    expect(signed.signedResult).toEqual(s.result);
    expect(signed.signedAt).toBe(s.signedAt);
  });

  it("answers 409 note-signed to every route that would change a signed note", async () => {
    const draft = await create(signableNote("2026-11-21"), byMrn("DEMO-0004"));
    const signed = NoteRecordSchema.parse((await sign(draft)).body);
    const put = await call(server.url, `/api/notes/${signed.id}`, {
      method: "PUT",
      cookie: physician,
      json: { version: signed.version, note: { ...signed.note, diagnoses: [] } },
    });
    expect(put.status).toBe(409);
    expect(ProblemSchema.parse(put.body).type).toBe("/problems/note-signed");
    const again = await sign(signed);
    expect(again.status).toBe(409);
    expect(ProblemSchema.parse(again.body).type).toBe("/problems/note-signed");
  });

  it("refuses to sign a version the physician did not read (409 stale)", async () => {
    const draft = await create(signableNote("2026-11-22"), byMrn("DEMO-0004"));
    const res = await sign(draft, draft.version + 1);
    expect(res.status).toBe(409);
    expect(ProblemSchema.parse(res.body).type).toBe("/problems/version-conflict");
  });

  it("lets a coder mark a signed note coded once, and never a draft", async () => {
    const draft = await create(signableNote("2026-11-23"), byMrn("DEMO-0004"));
    const code = (id: string) =>
      call(server.url, `/api/notes/${id}/coded`, { method: "POST", cookie: coder, json: {} });
    expect((await code(draft.id)).status).toBe(409);
    await sign(draft);
    const coded = await code(draft.id);
    expect(coded.status, coded.text).toBe(200);
    expect(NoteRecordSchema.parse(coded.body)).toMatchObject({ status: "coded" });
    const twice = await code(draft.id);
    expect(twice.status).toBe(409);
    expect(ProblemSchema.parse(twice.body).type).toBe("/problems/wrong-status");
  });

  it("a signed note cannot be changed through the store or by raw SQL", async () => {
    // Another patient: DEMO-0004 already has three LCD sessions in this window from the tests above.
    const draft = await create(signableNote("2026-11-24"), byMrn("DEMO-0002"));
    const signed = NoteRecordSchema.parse((await sign(draft)).body);
    const db = server.running.db;

    const viaStore = await updateNote(db, {
      id: signed.id,
      expectedVersion: signed.version,
      note: { ...signed.note, diagnoses: [] },
      userId: signed.createdBy,
      now: new Date(),
    });
    expect(viaStore.kind).toBe("signed");

    const attempts = [
      sql`update notes set note_json = '{}' where id = ${signed.id}`,
      sql`update notes set signature_json = null where id = ${signed.id}`,
      sql`update notes set status = 'draft' where id = ${signed.id}`,
      sql`update notes set status = 'coded', note_json = '{}' where id = ${signed.id}`,
      sql`delete from notes where id = ${signed.id}`,
      sql`update note_versions set note_json = '{}' where note_id = ${signed.id}`,
      sql`delete from note_versions where note_id = ${signed.id}`,
    ];
    for (const attempt of attempts) {
      await expect(attempt.execute(db.kysely)).rejects.toThrow(/note-signed|never changed/);
    }
    const after = NoteRecordSchema.parse(
      (await call(server.url, `/api/notes/${signed.id}`, { cookie: physician })).body,
    );
    expect(after).toEqual(signed);

    // The one change allowed: signed -> coded, touching nothing else.
    await sql`update notes set status = 'coded', coded_at = 'x', coded_by = ${signed.createdBy} where id = ${signed.id}`.execute(
      db.kysely,
    );
    await expect(
      sql`update notes set status = 'signed' where id = ${signed.id}`.execute(db.kysely),
    ).rejects.toThrow(/note-signed/);
  });

  it("counts the patient's earlier signed visits as prior sessions; a fourth in 12 months under the Medicare LCD is an error at signing", async () => {
    const casey = byMrn("DEMO-0005"); // medicare-lcd-2024
    const dates = ["2026-01-12", "2026-03-02", "2026-05-04"];
    const signedIds: string[] = [];
    for (const [i, date] of dates.entries()) {
      const draft = await create(signableNote(date), casey);
      const sessions = PriorSessionsResponseSchema.parse(
        (await call(server.url, `/api/notes/${draft.id}/prior-sessions`, { cookie: physician }))
          .body,
      );
      // Visit 2 shows visit 1, read-only with a link to its note; visit 3 shows both.
      expect(sessions.fromRecord.map((s) => [s.noteId, s.session.date])).toEqual(
        signedIds.map((id, j) => [id, dates[j]]),
      );
      expect(sessions.reported).toEqual([]);
      const res = await sign(draft);
      expect(res.status, `visit ${i + 1}: ${res.text}`).toBe(200);
      const signed = NoteRecordSchema.parse(res.body);
      expect(signed.signature?.priorSessionsFromRecord.map((s) => s.session.date)).toEqual(
        dates.slice(0, i),
      );
      expect(signed.signature?.priorSessionsFromRecord[0]?.session.muscles ?? []).toEqual(
        i === 0 ? [] : [{ muscleId: "upper-trapezius", side: "right" }],
      );
      signedIds.push(signed.id);
    }
    const fourth = await create(signableNote("2026-07-06"), casey);
    const res = await sign(fourth);
    expect(res.status).toBe(422);
    const p = ProblemSchema.parse(res.body);
    expect(p.blocking?.findings.map((f) => f.ruleId)).toContain("PAY-FREQ-01");
    expect(p.errors?.find((e) => e.code === "PAY-FREQ-01")?.path).toBe("note.priorSessions");
  });
});
