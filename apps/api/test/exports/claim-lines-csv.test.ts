import { parse } from "csv-parse/sync";
import { CASE_STUDIES, CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import { DATABASES, startTestServer, type TestServer } from "../support/test-server.js";
import { createNote, firstPatient } from "./support.js";
import { signThroughRoute } from "./sign-for-test.js";

/** Free text a spreadsheet would mangle or run: comma, quotes, a line break, a leading =. */
const AWKWARD_PROVIDER = '=HYPERLINK("http://x.invalid"), Dr. "Quote", Jr.\nSecond line';

describe.each(DATABASES)("coder CSV of claim lines on %s", (database) => {
  let server: TestServer;
  let coder: string;
  let physician: string;
  const noteIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(database);
    physician = await server.signIn("physician@demo.tpi");
    coder = await server.signIn("coder@demo.tpi");
    const patient = await firstPatient(server, physician);
    const notes = [
      ...CASE_STUDIES.map((c) => c.note),
      {
        ...CASE_2_SHOULDER_GIRDLE.note,
        renderingProvider: { name: AWKWARD_PROVIDER, npi: "1234567893", credentials: "MD" },
      },
    ];
    for (const note of notes) {
      const record = await createNote(server, physician, patient.id, note);
      await signThroughRoute(server, physician, record);
      noteIds.push(record.id);
    }
    // A draft in range is never on the spreadsheet.
    await createNote(server, physician, patient.id);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const csv = (cookie: string, query = "from=2026-11-01&to=2026-11-30") =>
    call(server.url, `/api/exports/claim-lines.csv?${query}`, { cookie });

  it("the four case studies and the awkward note round-trip through a CSV parser to the same values", async () => {
    const res = await csv(coder);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="claim-lines-2026-11-01-to-2026-11-30.csv"',
    );
    const raw = await (
      await fetch(`${server.url}/api/exports/claim-lines.csv?from=2026-11-01&to=2026-11-30`, {
        headers: { cookie: coder },
      })
    ).arrayBuffer();
    // UTF-8 with a byte-order mark, so a spreadsheet reads the encoding right.
    expect([...new Uint8Array(raw).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(raw);
    expect(text).toContain("\r\n"); // RFC 4180 record separator
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    const expected = [
      ...CASE_STUDIES.map((c) => c.expected.lines),
      CASE_2_SHOULDER_GIRDLE.expected.lines,
    ];
    expect(rows).toHaveLength(expected.flat().length);
    const byNote = noteIds.map((id) => rows.filter((r) => r["Note ID"] === id));
    byNote.forEach((noteRows, i) => {
      const lines = expected[i]!;
      const note = i < 4 ? CASE_STUDIES[i]!.note : CASE_2_SHOULDER_GIRDLE.note;
      expect(
        noteRows.map((r) => [r.Code, r.Modifiers, r.Units, r["Diagnoses (pointer order)"]]),
      ).toEqual(
        lines.map((l) => [
          l.code,
          l.modifiers.join(" "),
          String(l.units),
          l.diagnosisPointers.map((p) => note.diagnoses![p - 1]).join(" "),
        ]),
      );
      for (const r of noteRows) {
        expect(r["Date of service"]).toBe("2026-11-20");
        expect(r["Signed by"]).toBe("Dr. Demo Physician");
        expect(r["Signed at"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(r.Coded).toBe("no");
        expect(r.NPI).toBe("1234567893");
        expect(r["Patient MRN"]).toMatch(/^DEMO-\d{4}$/);
      }
    });
    const awkward = byNote[4]![0]!;
    // Same text back, commas, quotes and line break intact, with the formula neutralised by a leading '.
    expect(awkward["Rendering provider"]).toBe(`'${AWKWARD_PROVIDER}, MD`);
  });

  it.each([
    { name: "from after to", query: "from=2026-11-30&to=2026-11-01", path: "to" },
    { name: "a date that is not real", query: "from=2026-02-30&to=2026-03-01", path: "from" },
    { name: "no range", query: "", path: "from" },
    { name: "one day over a year", query: "from=2026-01-01&to=2027-01-02", path: "to" },
  ])("a bad range is 400 with the field: $name", async ({ query, path }) => {
    const res = await csv(coder, query);
    expect(res.status, res.text).toBe(400);
    expect(res.body).toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ path })]) as unknown,
    });
  });

  it("a full year is allowed (at the limit)", async () => {
    expect((await csv(coder, "from=2026-01-01&to=2027-01-01")).status).toBe(200);
  });

  it("a range with no signed notes is the header alone", async () => {
    const res = await csv(coder, "from=2025-01-01&to=2025-01-31");
    expect(res.status).toBe(200);
    expect(parse(res.text, { bom: true })).toHaveLength(1);
  });

  it.each([
    { email: "coder@demo.tpi", status: 200 },
    { email: "admin@demo.tpi", status: 200 },
    { email: "physician@demo.tpi", status: 403 },
    { email: "ma@demo.tpi", status: 403 },
  ])("role: $email gets $status", async ({ email, status }) => {
    const res = await csv(await server.signIn(email));
    expect(res.status).toBe(status);
  });

  it("every download is in the audit trail with its range and the notes it carried", async () => {
    await csv(coder);
    const rows = await server.running.db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "claim-lines.export")
      .orderBy("seq", "desc")
      .execute();
    const last = rows[0]!;
    expect(last.status).toBe(200);
    const detail = JSON.parse(last.detail ?? "{}") as Record<string, unknown>;
    expect(detail).toMatchObject({ format: "csv", from: "2026-11-01", to: "2026-11-30" });
    expect([...(detail.noteIds as string[])].sort()).toEqual([...noteIds].sort());
  });
});
