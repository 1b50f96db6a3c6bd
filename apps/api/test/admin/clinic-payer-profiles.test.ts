import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import {
  ClinicPayerProfileListSchema,
  NoteRecordSchema,
  PatientSchema,
  PayerProfileSchema,
  ProblemSchema,
  type NoteRecord,
  type PayerProfile,
} from "@tpi/schemas";
import { call } from "../support/http.js";
import { signableNote } from "../support/signable-note.js";
import { DATABASES, startTestServer, type TestServer } from "../support/test-server.js";

/**
 * The clinic's own payer profiles: validated by PayerProfileSchema (400 with field paths), versioned
 * by the server, listed to every browser with the built-in ones, and applied by the sign route,
 * which records the id and version it coded with.
 */
describe.each(DATABASES)("clinic payer profiles on %s", (database) => {
  let server: TestServer;
  let admin: string;
  let physician: string;
  let lcd: PayerProfile;

  beforeAll(async () => {
    server = await startTestServer(database);
    admin = await server.signIn("admin@demo.tpi");
    physician = await server.signIn("physician@demo.tpi");
    const profiles = z
      .array(PayerProfileSchema)
      .parse((await call(server.url, "/api/payer-profiles", { cookie: physician })).body);
    lcd = profiles.find((p) => p.id === "medicare-lcd-2024")!;
  });
  afterAll(async () => {
    await server?.close();
  });

  const create = (json: unknown) =>
    call(server.url, "/api/admin/payer-profiles", { method: "POST", cookie: admin, json });
  const newVersion = (id: string, json: unknown) =>
    call(server.url, `/api/admin/payer-profiles/${id}/versions`, {
      method: "POST",
      cookie: admin,
      json,
    });
  const active = async () =>
    z
      .array(PayerProfileSchema)
      .parse((await call(server.url, "/api/payer-profiles", { cookie: physician })).body);

  it("refuses a profile the schema does not accept with 400 and each field's path", async () => {
    const res = await create({
      id: "Bad Id",
      name: "",
      effective: { from: "2026-13-01" },
      frequency: { maxSessions: 0, windowMonths: 12 },
      dryNeedling: "sometimes",
    });
    expect(res.status).toBe(400);
    const paths = ProblemSchema.parse(res.body).errors?.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "effective.from",
        "frequency.maxSessions",
        "dryNeedling",
      ]),
    );
  });

  it("refuses JSON that is not JSON (400) and a body that is not a profile at all", async () => {
    const broken = await call(server.url, "/api/admin/payer-profiles", {
      method: "POST",
      cookie: admin,
      rawBody: '{"id": "x",',
    });
    expect(broken.status).toBe(400);
    expect((await create([1, 2, 3])).status).toBe(400);
  });

  it("numbers versions on the server: 1 on creation, then the latest + 1; lists all, newest first", async () => {
    const first = await create({ ...lcd, id: "clinic-versions", name: "Clinic v", version: 7 });
    expect(first.status).toBe(201);
    expect(PayerProfileSchema.parse(first.body)).toMatchObject({
      id: "clinic-versions",
      version: 1,
    });
    const second = await newVersion("clinic-versions", {
      ...lcd,
      id: "clinic-versions",
      name: "Clinic v, revised",
      version: 1,
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ version: 2, name: "Clinic v, revised" });

    const list = ClinicPayerProfileListSchema.parse(
      (await call(server.url, "/api/admin/payer-profiles", { cookie: admin })).body,
    );
    const entry = list.find((p) => p.id === "clinic-versions");
    expect(entry?.versions.map((v) => [v.profile.version, v.profile.name])).toEqual([
      [2, "Clinic v, revised"],
      [1, "Clinic v"],
    ]);
    expect(entry?.versions[0]).toMatchObject({ createdByName: "Demo Admin" });
  });

  it("refuses a new version edited from one that is no longer the latest (409, nothing stored)", async () => {
    await create({ ...lcd, id: "clinic-race", name: "Race" });
    expect(
      (await newVersion("clinic-race", { ...lcd, id: "clinic-race", version: 1 })).status,
    ).toBe(201);
    const stale = await newVersion("clinic-race", {
      ...lcd,
      id: "clinic-race",
      name: "Edited from version 1",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(ProblemSchema.parse(stale.body)).toMatchObject({ currentVersion: 2 });
    const ids = (await active()).filter((p) => p.id === "clinic-race");
    expect(ids.map((p) => [p.version, p.name])).toEqual([[2, lcd.name]]);
  });

  it("refuses a built-in id, a taken id, an id that differs from the path, and versions of an unknown profile", async () => {
    const builtIn = await create({ ...lcd });
    expect(builtIn.status).toBe(409);
    expect(ProblemSchema.parse(builtIn.body).errors?.[0]?.path).toBe("id");
    await create({ ...lcd, id: "clinic-taken" });
    expect((await create({ ...lcd, id: "clinic-taken" })).status).toBe(409);
    const mismatch = await newVersion("clinic-taken", { ...lcd, id: "clinic-other" });
    expect(mismatch.status).toBe(400);
    expect(ProblemSchema.parse(mismatch.body).errors?.[0]?.path).toBe("id");
    expect((await newVersion("clinic-nowhere", { ...lcd, id: "clinic-nowhere" })).status).toBe(404);
  });

  it("gives every browser the built-in profiles and the clinic's latest versions", async () => {
    await create({ ...lcd, id: "clinic-listed", name: "Listed v1" });
    await newVersion("clinic-listed", { ...lcd, id: "clinic-listed", name: "Listed v2" });
    const profiles = await active();
    expect(profiles.map((p) => p.id)).toEqual(
      expect.arrayContaining(["medicare-lcd-2024", "medicare-no-lcd", "commercial-bcbsa"]),
    );
    expect(profiles.filter((p) => p.id === "clinic-listed")).toEqual([
      expect.objectContaining({ name: "Listed v2", version: 2 }),
    ]);
  });

  it("the sign route codes with the clinic profile's latest version and records its id and version", async () => {
    // One session a year under version 1: a second one is blocked; version 2 allows four.
    const strict = {
      ...lcd,
      id: "clinic-strict",
      name: "Clinic strict",
      frequency: { maxSessions: 1, windowMonths: 12 },
      repeatSameMuscleMinWeeks: null,
      repeatRequiresReliefPercent: null,
    };
    expect((await create(strict)).status).toBe(201);
    const patient = z
      .array(PatientSchema)
      .parse((await call(server.url, "/api/patients", { cookie: physician })).body)
      .find((p) => p.mrn === "DEMO-0004")!;
    const draft = async (dateOfService: string): Promise<NoteRecord> => {
      const res = await call(server.url, "/api/notes", {
        method: "POST",
        cookie: physician,
        json: {
          patientId: patient.id,
          note: { ...signableNote(dateOfService), payerProfileId: "clinic-strict" },
          confirmSameDateOfService: true,
        },
      });
      expect(res.status, res.text).toBe(201);
      return NoteRecordSchema.parse(res.body);
    };
    const sign = (note: NoteRecord) =>
      call(server.url, `/api/notes/${note.id}/sign`, {
        method: "POST",
        cookie: physician,
        json: { version: note.version, attestation: "I performed this procedure." },
      });

    const first = await sign(await draft("2026-03-02"));
    expect(first.status, first.text).toBe(200);
    expect(NoteRecordSchema.parse(first.body).signature?.payerProfile).toEqual({
      id: "clinic-strict",
      version: 1,
    });

    const second = await draft("2026-09-14");
    const blocked = await sign(second);
    expect(blocked.status).toBe(422);
    // Blocked by the clinic's frequency limit, and by nothing else.
    expect(ProblemSchema.parse(blocked.body).blocking?.findings.map((f) => f.ruleId)).toEqual([
      "PAY-FREQ-01",
    ]);

    expect(
      (
        await newVersion("clinic-strict", {
          ...strict,
          frequency: { maxSessions: 4, windowMonths: 12 },
          version: 1,
        })
      ).status,
    ).toBe(201);
    const signed = await sign(second);
    expect(signed.status, signed.text).toBe(200);
    expect(NoteRecordSchema.parse(signed.body).signature?.payerProfile).toEqual({
      id: "clinic-strict",
      version: 2,
    });
  });
});
