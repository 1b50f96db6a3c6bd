import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import {
  AddendumSchema,
  CoderQuerySchema,
  NoteHistorySchema,
  NoteRecordSchema,
  PatientSchema,
  PhysicianListSchema,
  ProblemSchema,
  WorklistSchema,
  type Addendum,
  type NoteRecord,
  type Patient,
} from "@tpi/schemas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { addendumSha256, checkAddendaChain } from "../src/store/note-hash.js";
import { call, type ApiResponse } from "./support/http.js";
import { signableNote } from "./support/signable-note.js";
import {
  DATABASES,
  MINIMAL_NOTE,
  startTestServer,
  type TestServer,
} from "./support/test-server.js";

const ATTESTATION = "I performed this procedure and this note is accurate.";

/** Issue 8: hand-over, worklists, discard, addenda and their hash chain, coder queries, history. */
describe.each(DATABASES)("the note's life after writing on %s", (database) => {
  let server: TestServer;
  const cookie: Record<"ma" | "physician" | "coder", string> = { ma: "", physician: "", coder: "" };
  const userId: Record<"ma" | "physician" | "coder", string> = { ma: "", physician: "", coder: "" };
  let patients: Patient[];
  /** A second physician and a deactivated one, written straight to the users table. */
  const otherPhysicianId = randomUUID();
  const retiredPhysicianId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer(database);
    for (const [who, email] of [
      ["ma", "ma@demo.tpi"],
      ["physician", "physician@demo.tpi"],
      ["coder", "coder@demo.tpi"],
    ] as const) {
      cookie[who] = await server.signIn(email);
      userId[who] = z
        .object({ id: z.string() })
        .parse((await call(server.url, "/api/session/me", { cookie: cookie[who] })).body).id;
    }
    patients = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: cookie.physician })).body);
    const at = new Date().toISOString();
    await server.running.db.kysely
      .insertInto("users")
      .values([
        {
          id: otherPhysicianId,
          email: "second.physician@clinic.test",
          display_name: "Dr. Second Physician",
          role: "physician",
          password_hash: "not-a-usable-hash",
          created_at: at,
          deactivated_at: null,
        },
        {
          id: retiredPhysicianId,
          email: "retired.physician@clinic.test",
          display_name: "Dr. Retired Physician",
          role: "physician",
          password_hash: "not-a-usable-hash",
          created_at: at,
          deactivated_at: at,
        },
      ])
      .execute();
  });
  afterAll(async () => {
    await server?.close();
  });

  const byMrn = (mrn: string) => patients.find((p) => p.mrn === mrn)!;
  const post = (who: keyof typeof cookie, path: string, json: unknown) =>
    call(server.url, path, { method: "POST", cookie: cookie[who], json });
  const get = (who: keyof typeof cookie, path: string) =>
    call(server.url, path, { cookie: cookie[who] });
  const problemOf = (res: ApiResponse) => ProblemSchema.parse(res.body);
  const errorPaths = (res: ApiResponse) => problemOf(res).errors?.map((e) => e.path) ?? [];

  async function create(
    note: unknown,
    who: keyof typeof cookie = "physician",
    patient: Pick<Patient, "id"> = byMrn("DEMO-0001"),
  ): Promise<NoteRecord> {
    const res = await post(who, "/api/notes", {
      patientId: patient.id,
      note,
      confirmSameDateOfService: true,
    });
    expect(res.status, res.text).toBe(201);
    return NoteRecordSchema.parse(res.body);
  }
  /** A patient of its own, so the payer's session limits never count another test's notes. */
  async function newPatient(): Promise<Pick<Patient, "id">> {
    const id = randomUUID();
    await server.running.db.kysely
      .insertInto("patients")
      .values({
        id,
        mrn: `TEST-${id.slice(0, 8)}`,
        given_name: "Sam",
        family_name: "Testcase",
        birth_date: "1960-01-01",
        sex: "female",
        default_payer_profile_id: "medicare-lcd-2024",
        created_at: new Date().toISOString(),
      })
      .execute();
    return { id };
  }
  async function createSigned(dateOfService: string) {
    const draft = await create(signableNote(dateOfService), "physician", await newPatient());
    const res = await post("physician", `/api/notes/${draft.id}/sign`, {
      version: draft.version,
      attestation: ATTESTATION,
    });
    expect(res.status, res.text).toBe(200);
    return NoteRecordSchema.parse(res.body);
  }
  const worklist = async (who: keyof typeof cookie, path: string) => {
    const res = await get(who, path);
    expect(res.status, res.text).toBe(200);
    return WorklistSchema.parse(res.body).items;
  };
  const auditRows = (noteId: string) =>
    server.running.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("note_id", "=", noteId)
      .orderBy("seq")
      .execute();

  describe("hand-over and worklists", () => {
    it("lists the active physicians only, by name", async () => {
      const res = await get("ma", "/api/physicians");
      expect(res.status).toBe(200);
      const names = PhysicianListSchema.parse(res.body).map((p) => p.displayName);
      expect(names).toEqual(["Dr. Demo Physician", "Dr. Second Physician"]);
    });

    it("the assistant hands a draft to a named physician: it waits on that physician's worklist only", async () => {
      const draft = await create(
        { dateOfService: "2026-10-01", payerProfileId: "medicare-lcd-2024" },
        "ma",
      );
      expect(await worklist("ma", "/api/worklists/me")).toContainEqual(
        expect.objectContaining({ noteId: draft.id, reason: "own-draft", status: "draft" }),
      );
      const res = await post("ma", `/api/notes/${draft.id}/hand-over`, {
        version: draft.version,
        toPhysicianId: userId.physician,
      });
      expect(res.status, res.text).toBe(200);
      const handed = NoteRecordSchema.parse(res.body);
      expect(handed.status).toBe("ready-for-physician");
      expect(handed.version).toBe(draft.version);
      expect(handed.assignedPhysicianId).toBe(userId.physician);
      expect(handed.handOver).toMatchObject({ by: userId.ma, toPhysicianId: userId.physician });

      const mine = await worklist("physician", "/api/worklists/me");
      expect(mine).toContainEqual(
        expect.objectContaining({
          noteId: draft.id,
          reason: "handed-over-to-me",
          patientName: "Testpatient, Avery",
          mrn: "DEMO-0001",
          createdByName: "Demo Medical Assistant",
          payerProfileId: "medicare-lcd-2024",
        }),
      );
      expect(await worklist("ma", "/api/worklists/me")).toContainEqual(
        expect.objectContaining({ noteId: draft.id, reason: "handed-over" }),
      );

      // Handed on to the other physician: it leaves this physician's list.
      const again = await post("physician", `/api/notes/${draft.id}/hand-over`, {
        version: draft.version,
        toPhysicianId: otherPhysicianId,
      });
      expect(again.status, again.text).toBe(200);
      const after = await worklist("physician", "/api/worklists/me");
      expect(after.map((i) => i.noteId)).not.toContain(draft.id);
    });

    it("a hand-over to any physician shows for every physician; the physician's own drafts too, not the assistant's", async () => {
      const toAny = await create(
        { dateOfService: "2026-10-02", payerProfileId: "medicare-lcd-2024" },
        "ma",
      );
      const notHandedOver = await create(
        { dateOfService: "2026-10-03", payerProfileId: "medicare-lcd-2024" },
        "ma",
      );
      const own = await create(MINIMAL_NOTE);
      const res = await post("ma", `/api/notes/${toAny.id}/hand-over`, { version: toAny.version });
      expect(res.status, res.text).toBe(200);
      expect(NoteRecordSchema.parse(res.body).assignedPhysicianId).toBeNull();
      const items = await worklist("physician", "/api/worklists/me");
      expect(items).toContainEqual(
        expect.objectContaining({ noteId: toAny.id, reason: "handed-over" }),
      );
      expect(items).toContainEqual(
        expect.objectContaining({ noteId: own.id, reason: "own-draft" }),
      );
      expect(items.map((i) => i.noteId)).not.toContain(notHandedOver.id);
    });

    it("refuses a hand-over to someone who is not an active physician, naming the field", async () => {
      const draft = await create(MINIMAL_NOTE);
      for (const toPhysicianId of [userId.coder, retiredPhysicianId, "no-such-user"]) {
        const res = await post("physician", `/api/notes/${draft.id}/hand-over`, {
          version: draft.version,
          toPhysicianId,
        });
        expect(res.status, toPhysicianId).toBe(400);
        expect(errorPaths(res)).toEqual(["toPhysicianId"]);
      }
    });

    it("refuses a malformed hand-over with field paths, and a stale version with 409", async () => {
      const draft = await create(MINIMAL_NOTE);
      const bad = await post("physician", `/api/notes/${draft.id}/hand-over`, {
        version: 0,
        toPhysicianId: "",
      });
      expect(bad.status).toBe(400);
      expect(errorPaths(bad).sort()).toEqual(["toPhysicianId", "version"]);
      const stale = await post("physician", `/api/notes/${draft.id}/hand-over`, {
        version: draft.version + 1,
      });
      expect(stale.status).toBe(409);
      expect(problemOf(stale).type).toBe("/problems/version-conflict");
    });

    it("the coder's worklist: signed, not coded, filtered by date of service, provider and payer", async () => {
      const signed = await createSigned("2026-02-10");
      const coded = await createSigned("2026-02-11");
      expect((await post("coder", `/api/notes/${coded.id}/coded`, {})).status).toBe(200);
      const draft = await create(signableNote("2026-02-12"), "physician", await newPatient());
      const ids = async (qs: string) =>
        (await worklist("coder", `/api/worklists/coder${qs}`)).map((i) => i.noteId);

      const inFebruary = await ids("?from=2026-02-01&to=2026-02-28");
      expect(inFebruary).toContain(signed.id);
      expect(inFebruary).not.toContain(coded.id);
      expect(inFebruary).not.toContain(draft.id);
      expect(await ids("?from=2026-02-11")).not.toContain(signed.id);
      expect(await ids("?to=2026-02-09")).not.toContain(signed.id);
      expect(await ids("?from=2026-02-10&to=2026-02-10")).toContain(signed.id);

      const provider = signed.note.renderingProvider.name;
      expect(provider).not.toBe("");
      expect(
        await ids(`?provider=${encodeURIComponent(provider.slice(2, 8).toUpperCase())}`),
      ).toContain(signed.id);
      expect(await ids("?provider=nobody-by-this-name")).not.toContain(signed.id);
      expect(await ids("?payerProfileId=medicare-lcd-2024")).toContain(signed.id);
      expect(await ids("?payerProfileId=commercial-bcbsa")).not.toContain(signed.id);

      const item = (await worklist("coder", "/api/worklists/coder")).find(
        (i) => i.noteId === signed.id,
      );
      expect(item).toMatchObject({
        reason: "signed-not-coded",
        status: "signed",
        providerName: provider,
      });
    });

    it("refuses bad coder filters with 400 and the field's path", async () => {
      const notADate = await get(
        "coder",
        "/api/worklists/coder?from=2026-02-30&payerProfileId=Not%20An%20Id",
      );
      expect(notADate.status).toBe(400);
      expect(errorPaths(notADate).sort()).toEqual(["from", "payerProfileId"]);
      const backwards = await get("coder", "/api/worklists/coder?from=2026-03-01&to=2026-02-01");
      expect(backwards.status).toBe(400);
      expect(errorPaths(backwards)).toEqual(["to"]);
    });
  });

  describe("discard", () => {
    it("keeps a discarded draft, marked with who, when and why, read-only, and audits it", async () => {
      const draft = await create(MINIMAL_NOTE);
      const res = await post("physician", `/api/notes/${draft.id}/discard`, {
        version: draft.version,
        reason: "Opened by mistake",
      });
      expect(res.status, res.text).toBe(200);
      const discarded = NoteRecordSchema.parse(res.body);
      expect(discarded).toMatchObject({
        status: "discarded",
        discardedBy: userId.physician,
        discardReason: "Opened by mistake",
      });
      expect(discarded.discardedAt).not.toBeNull();
      const kept = await get("physician", `/api/notes/${draft.id}`);
      expect(NoteRecordSchema.parse(kept.body).status).toBe("discarded");

      const put = await call(server.url, `/api/notes/${draft.id}`, {
        method: "PUT",
        cookie: cookie.physician,
        json: { version: draft.version, note: draft.note },
      });
      expect(put.status).toBe(409);
      expect(problemOf(put).type).toBe("/problems/wrong-status");
      const twice = await post("physician", `/api/notes/${draft.id}/discard`, {
        version: draft.version,
      });
      expect(twice.status).toBe(409);
      expect(problemOf(twice).type).toBe("/problems/wrong-status");
      expect((await worklist("physician", "/api/worklists/me")).map((i) => i.noteId)).not.toContain(
        draft.id,
      );

      const rows = await auditRows(draft.id);
      const discardRows = rows.filter((r) => r.action === "POST /api/notes/:id/discard");
      expect(discardRows.map((r) => [r.status, r.outcome, r.user_id, r.role])).toEqual([
        [200, "ok", userId.physician, "physician"],
        [409, "refused", userId.physician, "physician"],
      ]);
      expect(discardRows[0]?.patient_id).toBe(draft.patientId);
    });

    it("never discards a signed note: 409 note-signed, and the note stays as signed", async () => {
      const signed = await createSigned("2026-03-10");
      const res = await post("physician", `/api/notes/${signed.id}/discard`, {
        version: signed.version,
        reason: "wrong patient",
      });
      expect(res.status).toBe(409);
      expect(problemOf(res).type).toBe("/problems/note-signed");
      expect(
        NoteRecordSchema.parse((await get("physician", `/api/notes/${signed.id}`)).body),
      ).toEqual(signed);
    });

    it("refuses a discard body without a version, with its path", async () => {
      const draft = await create(MINIMAL_NOTE);
      const res = await post("physician", `/api/notes/${draft.id}/discard`, { reason: 3 });
      expect(res.status).toBe(400);
      expect(errorPaths(res).sort()).toEqual(["reason", "version"]);
    });
  });

  describe("addenda and coder queries", () => {
    it("chains each addendum's hash to the one before, the first to the note's signature hash", async () => {
      const signed = await createSigned("2026-04-01");
      const written: Addendum[] = [];
      for (const [reason, text] of [
        ["Late entry", "Ice pack applied for 10 minutes after."],
        ["Correction", "The patient left at 10:40, not 10:30."],
        ["Late entry", "Follow-up booked in four weeks."],
      ]) {
        const res = await post("physician", `/api/notes/${signed.id}/addenda`, { reason, text });
        expect(res.status, res.text).toBe(201);
        written.push(AddendumSchema.parse(res.body));
      }
      expect(written.map((a) => a.sequence)).toEqual([1, 2, 3]);
      expect(written[0]?.previousSha256).toBe(signed.signature?.noteSha256);
      expect(written[1]?.previousSha256).toBe(written[0]?.sha256);
      expect(written[2]?.previousSha256).toBe(written[1]?.sha256);
      expect(written[0]).toMatchObject({
        authorId: userId.physician,
        authorName: "Dr. Demo Physician",
        reason: "Late entry",
        answersQueryId: null,
      });
      for (const a of written) expect(a.sha256).toBe(addendumSha256(a));

      // Read with the note, in order; the note itself is unchanged.
      const record = NoteRecordSchema.parse(
        (await get("physician", `/api/notes/${signed.id}`)).body,
      );
      expect(record.addenda).toEqual(written);
      expect(record.note).toEqual(signed.note);
      expect(record.signature).toEqual(signed.signature);
      expect(checkAddendaChain(signed.signature!.noteSha256, record.addenda)).toEqual({
        intact: true,
      });

      // The check can fail: a changed text, a removed addendum and a different head each break it.
      const changed = record.addenda.map((a, i) => (i === 1 ? { ...a, text: "10:30" } : a));
      expect(checkAddendaChain(signed.signature!.noteSha256, changed)).toMatchObject({
        intact: false,
        sequence: 2,
      });
      expect(
        checkAddendaChain(signed.signature!.noteSha256, [record.addenda[0]!, record.addenda[2]!]),
      ).toMatchObject({ intact: false, sequence: 3 });
      expect(checkAddendaChain("0".repeat(64), record.addenda)).toMatchObject({
        intact: false,
        sequence: 1,
      });
    });

    it("addenda cannot be updated, deleted or truncated by SQL, nor inserted on an unsigned note", async () => {
      const signed = await createSigned("2026-04-02");
      const res = await post("physician", `/api/notes/${signed.id}/addenda`, {
        reason: "Late entry",
        text: "Ice pack applied.",
      });
      const addendum = AddendumSchema.parse(res.body);
      const db = server.running.db.kysely;
      for (const attempt of [
        sql`update addenda set text = 'changed' where id = ${addendum.id}`,
        sql`update addenda set sha256 = previous_sha256 where id = ${addendum.id}`,
        sql`delete from addenda where id = ${addendum.id}`,
      ]) {
        await expect(attempt.execute(db)).rejects.toThrow(/addenda are never changed/);
      }
      if (database === "postgres") {
        // TRUNCATE skips row triggers: statement triggers refuse it (the cascade would take notes too).
        for (const table of ["addenda", "coder_queries", "note_versions", "notes"]) {
          await expect(sql`truncate ${sql.table(table)} cascade`.execute(db)).rejects.toThrow(
            /never truncated/,
          );
        }
      }
      const draft = await create(MINIMAL_NOTE);
      await expect(
        sql`insert into addenda (id, note_id, sequence, author_id, created_at, reason, text,
              answers_query_id, previous_sha256, sha256)
            values (${randomUUID()}, ${draft.id}, 1, ${userId.physician}, 'now', 'r', 't', null,
              'x', 'y')`.execute(db),
      ).rejects.toThrow(/addenda are for signed notes/);
      const after = NoteRecordSchema.parse(
        (await get("physician", `/api/notes/${signed.id}`)).body,
      );
      expect(after.addenda).toEqual([addendum]);
    });

    it("refuses an addendum to an unsigned note (409) and a malformed one (400 with paths)", async () => {
      const draft = await create(MINIMAL_NOTE);
      const onDraft = await post("physician", `/api/notes/${draft.id}/addenda`, {
        reason: "Late entry",
        text: "x",
      });
      expect(onDraft.status).toBe(409);
      expect(problemOf(onDraft).type).toBe("/problems/wrong-status");
      const signed = await createSigned("2026-04-03");
      const empty = await post("physician", `/api/notes/${signed.id}/addenda`, {
        reason: "  ",
        text: "",
      });
      expect(empty.status).toBe(400);
      expect(errorPaths(empty).sort()).toEqual(["reason", "text"]);
      const missing = await post("physician", `/api/notes/${randomUUID()}/addenda`, {
        reason: "Late entry",
        text: "x",
      });
      expect(missing.status).toBe(404);
    });

    it("a coder's query is answered by an addendum that names it, once; both read with the note", async () => {
      const signed = await createSigned("2026-04-04");
      const sent = await post("coder", `/api/notes/${signed.id}/queries`, {
        text: "Which side was the rhomboid major?",
      });
      expect(sent.status, sent.text).toBe(201);
      const query = CoderQuerySchema.parse(sent.body);
      expect(query).toMatchObject({
        noteId: signed.id,
        authorId: userId.coder,
        authorName: "Demo Coder",
        answeredByAddendumId: null,
      });
      const forCoder = NoteRecordSchema.parse((await get("coder", `/api/notes/${signed.id}`)).body);
      expect(forCoder.queries).toEqual([query]);

      const unknown = await post("physician", `/api/notes/${signed.id}/addenda`, {
        reason: "Answer",
        text: "Right.",
        answersQueryId: randomUUID(),
      });
      expect(unknown.status).toBe(400);
      expect(errorPaths(unknown)).toEqual(["answersQueryId"]);

      const answer = await post("physician", `/api/notes/${signed.id}/addenda`, {
        reason: "Answer to the coder's query",
        text: "Right rhomboid major.",
        answersQueryId: query.id,
      });
      expect(answer.status, answer.text).toBe(201);
      const addendum = AddendumSchema.parse(answer.body);
      expect(addendum.answersQueryId).toBe(query.id);
      const record = NoteRecordSchema.parse((await get("coder", `/api/notes/${signed.id}`)).body);
      expect(record.queries[0]?.answeredByAddendumId).toBe(addendum.id);

      const twice = await post("physician", `/api/notes/${signed.id}/addenda`, {
        reason: "Answer again",
        text: "Right.",
        answersQueryId: query.id,
      });
      expect(twice.status).toBe(409);
      expect(problemOf(twice).type).toBe("/problems/query-answered");
      // The refused addendum left nothing behind.
      const after = NoteRecordSchema.parse((await get("coder", `/api/notes/${signed.id}`)).body);
      expect(after.addenda.map((a) => a.sequence)).toEqual([1]);

      const db = server.running.db.kysely;
      await expect(
        sql`update coder_queries set text = 'changed' where id = ${query.id}`.execute(db),
      ).rejects.toThrow(/only gets its answer, once/);
      await expect(
        sql`delete from coder_queries where id = ${query.id}`.execute(db),
      ).rejects.toThrow(/never deleted/);

      const rows = (await auditRows(signed.id)).filter(
        (r) =>
          r.action === "POST /api/notes/:id/queries" || r.action === "POST /api/notes/:id/addenda",
      );
      expect(rows.map((r) => [r.action.split("/").pop(), r.status])).toEqual([
        ["queries", 201],
        ["addenda", 400],
        ["addenda", 201],
        ["addenda", 409],
      ]);
      expect(JSON.parse(rows[2]?.detail ?? "{}")).toMatchObject({
        addendumId: addendum.id,
        sequence: 1,
        answersQueryId: query.id,
      });
    });

    it("refuses a query about an unsigned note (409) and an empty one (400 with its path)", async () => {
      const draft = await create(MINIMAL_NOTE);
      const onDraft = await post("coder", `/api/notes/${draft.id}/queries`, { text: "Why?" });
      expect(onDraft.status).toBe(409);
      expect(problemOf(onDraft).type).toBe("/problems/wrong-status");
      const signed = await createSigned("2026-04-05");
      const empty = await post("coder", `/api/notes/${signed.id}/queries`, { text: " " });
      expect(empty.status).toBe(400);
      expect(errorPaths(empty)).toEqual(["text"]);
    });
  });

  describe("history", () => {
    it("names who changed each field, when, with the old and the new value, under a path", async () => {
      const draft = await create(MINIMAL_NOTE);
      const changed = structuredClone(draft.note);
      changed.procedure.muscles[0]!.triggerPoints = 4;
      changed.history.location = "neck";
      const put = await call(server.url, `/api/notes/${draft.id}`, {
        method: "PUT",
        cookie: cookie.ma,
        json: { version: draft.version, note: { ...draft.note, history: changed.history } },
      });
      expect(put.status, put.text).toBe(200);
      const put2 = await call(server.url, `/api/notes/${draft.id}`, {
        method: "PUT",
        cookie: cookie.physician,
        json: { version: draft.version + 1, note: changed },
      });
      expect(put2.status, put2.text).toBe(200);

      const history = async (qs: string) => {
        const res = await get("physician", `/api/notes/${draft.id}/history${qs}`);
        expect(res.status, res.text).toBe(200);
        return NoteHistorySchema.parse(res.body).changes;
      };
      const tp = await history("?path=procedure.muscles.0.triggerPoints");
      expect(tp.map((c) => [c.version, c.displayName, c.role, c.oldValue, c.newValue])).toEqual([
        [3, "Dr. Demo Physician", "physician", 3, 4],
      ]);
      // At creation a list is one value: the rows came in with the note, under their parent path.
      const muscles = await history("?path=procedure.muscles");
      expect(muscles.map((c) => [c.version, c.path])).toEqual([
        [1, "procedure.muscles"],
        [3, "procedure.muscles.0.triggerPoints"],
      ]);
      expect(muscles[0]?.oldValue).toBeNull();
      expect(muscles[0]?.newValue).toEqual(draft.note.procedure.muscles);
      const location = await history("?path=history");
      expect(location.filter((c) => c.version === 2)).toEqual([
        expect.objectContaining({
          path: "history.location",
          userId: userId.ma,
          displayName: "Demo Medical Assistant",
          role: "medical-assistant",
          newValue: "neck",
        }),
      ]);
      // A path is a whole segment: "procedure.muscles.0" is not "procedure.muscles.0x".
      expect(await history("?path=procedure.muscles.0.trigger")).toEqual([]);
      const all = await history("");
      expect(all.length).toBeGreaterThan(tp.length + location.length - 1);
      expect(all.map((c) => c.version)).toEqual([...all.map((c) => c.version)].sort());

      const tooLong = await get(
        "physician",
        `/api/notes/${draft.id}/history?path=${"a".repeat(201)}`,
      );
      expect(tooLong.status).toBe(400);
      expect(errorPaths(tooLong)).toEqual(["path"]);
    });
  });
});
