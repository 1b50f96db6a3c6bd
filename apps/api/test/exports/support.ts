import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { NoteRecordSchema, PatientSchema, type NoteInput, type NoteRecord } from "@tpi/schemas";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { expect } from "vitest";
import { z } from "zod/mini";
import { call } from "../support/http.js";
import type { TestServer } from "../support/test-server.js";

/** The first demo patient (DEMO-0001 ... by family name). */
export async function firstPatient(server: TestServer, cookie: string) {
  const list = z
    .array(PatientSchema)
    .parse((await call(server.url, "/api/patients", { cookie })).body);
  const first = list[0];
  if (first === undefined) throw new Error("no demo patient");
  return first;
}

/** Creates a note for a patient through the API (201 expected). */
export async function createNote(
  server: TestServer,
  cookie: string,
  patientId: string,
  note: NoteInput = CASE_2_SHOULDER_GIRDLE.note,
): Promise<NoteRecord> {
  const res = await call(server.url, "/api/notes", {
    method: "POST",
    cookie,
    json: { patientId, note, confirmSameDateOfService: true },
  });
  expect(res.status, res.text).toBe(201);
  return NoteRecordSchema.parse(res.body);
}

/** GETs a binary body (the PDF) with the session cookie. */
export async function getBytes(server: TestServer, path: string, cookie: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  return {
    status: res.status,
    headers: res.headers,
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

/** A PDF read back as text (all pages, in reading order) with its metadata. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice());
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const meta = await getMeta(pdf);
  const info = meta.info as Record<string, unknown>;
  return { pages: totalPages, text: text.replace(/\s+/g, " "), info };
}
