import { DEFAULT_ATTESTATION, NoteRecordSchema, type NoteRecord } from "@tpi/schemas";
import { expect } from "vitest";
import { call } from "../support/http.js";
import type { TestServer } from "../support/test-server.js";

/**
 * Signs a draft through the real route, `POST /api/notes/:id/sign`, as the physician whose session
 * cookie is given: the export tests read notes signed exactly as a clinic signs them (stored claim
 * lines, signature, canonical hash), not rows written by hand. A refusal fails the test with the
 * server's problem (for 422, the blocking items and their field paths).
 */
export async function signThroughRoute(
  server: TestServer,
  physicianCookie: string,
  record: NoteRecord,
): Promise<NoteRecord> {
  const res = await call(server.url, `/api/notes/${record.id}/sign`, {
    method: "POST",
    cookie: physicianCookie,
    json: { version: record.version, attestation: DEFAULT_ATTESTATION },
  });
  expect(res.status, res.text).toBe(200);
  return NoteRecordSchema.parse(res.body);
}
