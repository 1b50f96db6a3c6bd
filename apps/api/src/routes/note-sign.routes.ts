import { Hono } from "hono";
import { codeNote, ruleById } from "@tpi/coding";
import {
  MarkCodedRequestSchema,
  NoteSchema,
  NoteSignatureSchema,
  PriorSessionsResponseSchema,
  SignNoteRequestSchema,
  mergePriorSessions,
  type CodingResult,
  type RuleRef,
} from "@tpi/schemas";
import { serverEngineContext } from "../coding/engine-context.js";
import { isBlocked, signBlockers } from "../coding/sign-check.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem } from "../http/problem.js";
import { canonicalSha256 } from "../store/note-hash.js";
import { markCoded, signNote } from "../store/note-sign.store.js";
import { findNote } from "../store/notes.store.js";
import { priorSessionsFromRecord } from "../store/prior-sessions.store.js";
import { readableNote, refusalBeforeWrite, refusedWrite } from "./note-answers.js";
import type { RouteDeps } from "./route-deps.js";

/** Every rule the result rests on (claim lines, findings, checklist), each once, by id. */
function rulesUsed(result: CodingResult): RuleRef[] {
  const refs = new Map<string, number>();
  for (const line of result.claimLines) for (const r of line.rules) refs.set(r.id, r.version);
  for (const f of result.findings) refs.set(f.ruleId, f.ruleVersion);
  for (const item of result.checklist) refs.set(item.id, ruleById(item.id)?.version ?? 0);
  return [...refs.entries()]
    .map(([id, version]) => ({ id, version }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Signing, coding and the prior sessions the engine counts: the note's locked life. */
export function noteSignRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/:id/prior-sessions", async (c) => {
    const found = await readableNote(c, deps.db, c.req.param("id"));
    if (!found.ok) return found.response;
    const { record } = found;
    const fromRecord = await priorSessionsFromRecord(
      deps.db,
      record.patientId,
      record.note.dateOfService,
      record.id,
    );
    return c.json(
      PriorSessionsResponseSchema.parse({ fromRecord, reported: record.note.priorSessions }),
    );
  });

  app.post("/:id/sign", async (c) => {
    const body = await parseJsonBody(c, SignNoteRequestSchema);
    if (!body.ok) return body.response;
    const stored = await findNote(deps.db, c.req.param("id"));
    if (stored === undefined) return notFound(c, "No note with this id.");
    const refused = refusalBeforeWrite(stored, body.data.version);
    if (refused !== undefined) return refusedWrite(c, refused, body.data.version);

    // Re-parsed and re-coded here: what the browser showed is never trusted for the signature.
    const note = NoteSchema.parse(stored.note);
    const fromRecord = await priorSessionsFromRecord(
      deps.db,
      stored.patientId,
      note.dateOfService,
      stored.id,
    );
    const result = codeNote(
      { ...note, priorSessions: mergePriorSessions(note.priorSessions, fromRecord) },
      await serverEngineContext(deps.db),
    );
    const blocking = signBlockers(note, result);
    if (isBlocked(blocking)) {
      return problem(c, {
        type: PROBLEM_TYPES.signBlocked,
        title: "The note cannot be signed yet",
        status: 422,
        detail: `${blocking.findings.length + blocking.checklist.length} item(s) must be fixed before signing.`,
        blocking,
        errors: [
          ...blocking.findings.map((f) => ({
            path: f.path === "" ? "note" : `note.${f.path}`,
            message: f.message,
            code: f.ruleId,
          })),
          ...blocking.checklist.map((i) => ({
            path: `note.${i.path}`,
            message: i.label,
            code: i.id,
          })),
        ],
      });
    }

    const user = c.get("user");
    const signature = NoteSignatureSchema.parse({
      signedBy: user.id,
      signerName: user.displayName,
      signedAt: deps.now().toISOString(),
      attestation: body.data.attestation,
      noteSha256: canonicalSha256(note),
      engineVersion: result.engineVersion,
      rules: rulesUsed(result),
      codeSets: result.codeSets,
      payerProfile:
        result.payerProfile === null
          ? null
          : { id: result.payerProfile.id, version: result.payerProfile.version },
      priorSessionsFromRecord: fromRecord,
      result,
    });
    const outcome = await signNote(deps.db, {
      id: stored.id,
      expectedVersion: body.data.version,
      signature,
      userId: user.id,
    });
    return "record" in outcome
      ? c.json(outcome.record)
      : refusedWrite(c, outcome, body.data.version);
  });

  app.post("/:id/coded", async (c) => {
    const body = await parseJsonBody(c, MarkCodedRequestSchema);
    if (!body.ok) return body.response;
    const outcome = await markCoded(deps.db, {
      id: c.req.param("id"),
      userId: c.get("user").id,
      now: deps.now(),
    });
    return outcome.kind === "coded" ? c.json(outcome.record) : refusedWrite(c, outcome);
  });

  return app;
}
