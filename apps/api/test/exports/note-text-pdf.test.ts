import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import { DATABASES, startTestServer, type TestServer } from "../support/test-server.js";
import { createNote, firstPatient, getBytes, readPdf } from "./support.js";

describe.each(DATABASES)("note text and PDF exports on %s", (database) => {
  let server: TestServer;
  let physician: string;
  let noteId: string;

  beforeAll(async () => {
    server = await startTestServer(database);
    physician = await server.signIn("physician@demo.tpi");
    const patient = await firstPatient(server, physician);
    noteId = (await createNote(server, physician, patient.id)).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("text: the draft as plain text, 78 columns, marked as a draft, never cached", async () => {
    const res = await call(server.url, `/api/notes/${noteId}/text`, { cookie: physician });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    const lines = res.text.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "Trigger point injection procedure note",
      "DRAFT - not signed",
    ]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    expect(res.text).toMatch(/^Patient: \S+, \S+$/m);
    expect(res.text).toMatch(/^20553\s/m);
  });

  it.each([
    { name: "at the lower limit", width: "40", status: 200 },
    { name: "one under the lower limit", width: "39", status: 400 },
    { name: "at the upper limit", width: "200", status: 200 },
    { name: "one over the upper limit", width: "201", status: 400 },
    { name: "unwrapped", width: "0", status: 200 },
    { name: "not a number", width: "wide", status: 400 },
  ])("text width $name ($width): $status", async ({ width, status }) => {
    const res = await call(server.url, `/api/notes/${noteId}/text?width=${width}`, {
      cookie: physician,
    });
    expect(res.status, res.text).toBe(status);
    if (status === 400) expect(res.body).toMatchObject({ errors: [{ path: "width" }] });
    else if (width !== "0") {
      for (const line of res.text.split("\n")) {
        expect(line.length).toBeLessThanOrEqual(Number(width));
      }
    }
  });

  it("an unknown note is 404 for every export, not a 500", async () => {
    for (const kind of ["text", "pdf"]) {
      const res = await call(server.url, `/api/notes/no-such-note/${kind}`, { cookie: physician });
      expect(res.status, kind).toBe(404);
    }
  });

  it("PDF: a real PDF with embedded fonts, metadata, and the note's content as selectable text", async () => {
    const res = await getBytes(server, `/api/notes/${noteId}/pdf`, physician);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="tpi-note-DEMO-\d{4}-2026-11-20\.pdf"$/,
    );
    const raw = Buffer.from(res.bytes).toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    expect(raw).toContain("/FontFile2"); // TrueType font programs embedded, not referenced
    const pdf = await readPdf(res.bytes);
    expect(pdf.info.Title).toMatch(/^Trigger point injection procedure note: /);
    expect(pdf.info.Author).toBe("Dr. Avery Demo");
    expect(pdf.text).toContain("DRAFT - not signed");
    expect(pdf.text).toContain("20553");
    for (const muscle of ["Infraspinatus", "Teres minor", "Rhomboid major"]) {
      expect(pdf.text).toContain(muscle);
    }
    expect(pdf.text).toContain("Myalgia, other site");
    expect(pdf.text).toMatch(/Page 1 of \d/);
  });

  it.each([
    { paper: "letter", width: 612, height: 792 },
    { paper: "a4", width: 595.28, height: 841.89 },
  ])("PDF on $paper paper", async ({ paper, width, height }) => {
    const res = await getBytes(server, `/api/notes/${noteId}/pdf?paper=${paper}`, physician);
    expect(res.status).toBe(200);
    const raw = Buffer.from(res.bytes).toString("latin1");
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(raw);
    expect(Number(box?.[1])).toBeCloseTo(width, 1);
    expect(Number(box?.[2])).toBeCloseTo(height, 1);
  });

  it("PDF paper outside the list is 400 with the field", async () => {
    const res = await call(server.url, `/api/notes/${noteId}/pdf?paper=legal`, {
      cookie: physician,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: [{ path: "paper" }] });
  });

  it("the case study's provider is printed with credentials and NPI", async () => {
    const res = await call(server.url, `/api/notes/${noteId}/text?width=0`, { cookie: physician });
    const p = CASE_2_SHOULDER_GIRDLE.note.renderingProvider!;
    expect(res.text).toContain(`Rendering provider: ${p.name}, ${p.credentials}, NPI ${p.npi}`);
  });
});
