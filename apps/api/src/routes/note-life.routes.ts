import { Hono, type Context } from "hono";
import {
  AddendumRequestSchema,
  CoderQueryRequestSchema,
  DiscardNoteRequestSchema,
  HandOverRequestSchema,
  NoteHistoryQuerySchema,
  NoteHistorySchema,
} from "@tpi/schemas";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem, validationProblem } from "../http/problem.js";
import {
  addAddendum,
  addCoderQuery,
  discardNote,
  handOverNote,
  isActivePhysician,
  noteHistory,
} from "../store/note-life.store.js";
import { findNote } from "../store/notes.store.js";
import { readableNote, refusalBeforeWrite, refusedWrite } from "./note-answers.js";
import type { RouteDeps } from "./route-deps.js";

/** 400 naming one field of the body, for a value the schema accepts but the records do not. */
function fieldProblem(c: Context<AppEnv>, path: string, message: string, code: string): Response {
  return problem(c, {
    type: PROBLEM_TYPES.validation,
    title: "Validation failed",
    status: 400,
    detail: "The request is not valid.",
    errors: [{ path, message, code }],
  });
}

/** Hand-over, discard, addenda, coder queries and the per-field history of one note. */
export function noteLifeRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/:id/hand-over", async (c) => {
    const body = await parseJsonBody(c, HandOverRequestSchema);
    if (!body.ok) return body.response;
    const stored = await findNote(deps.db, c.req.param("id"));
    if (stored === undefined) return notFound(c, "No note with this id.");
    const refused = refusalBeforeWrite(stored, body.data.version);
    if (refused !== undefined) return refusedWrite(c, refused, body.data.version);
    const toPhysicianId = body.data.toPhysicianId ?? null;
    if (toPhysicianId !== null && !(await isActivePhysician(deps.db, toPhysicianId))) {
      return fieldProblem(c, "toPhysicianId", "No active physician with this id", "not_found");
    }
    audit(c, { detail: { toPhysicianId } });
    const outcome = await handOverNote(deps.db, {
      id: stored.id,
      expectedVersion: body.data.version,
      toPhysicianId,
      userId: c.get("user").id,
      now: deps.now(),
    });
    return outcome.kind === "done"
      ? c.json(outcome.record)
      : refusedWrite(c, outcome, body.data.version);
  });

  app.post("/:id/discard", async (c) => {
    const body = await parseJsonBody(c, DiscardNoteRequestSchema);
    if (!body.ok) return body.response;
    const stored = await findNote(deps.db, c.req.param("id"));
    if (stored === undefined) return notFound(c, "No note with this id.");
    const refused = refusalBeforeWrite(stored, body.data.version);
    if (refused !== undefined) return refusedWrite(c, refused, body.data.version);
    audit(c, { detail: { status: "discarded" } });
    const outcome = await discardNote(deps.db, {
      id: stored.id,
      expectedVersion: body.data.version,
      reason: body.data.reason,
      userId: c.get("user").id,
      now: deps.now(),
    });
    return outcome.kind === "done"
      ? c.json(outcome.record)
      : refusedWrite(c, outcome, body.data.version);
  });

  app.post("/:id/addenda", async (c) => {
    const body = await parseJsonBody(c, AddendumRequestSchema);
    if (!body.ok) return body.response;
    const outcome = await addAddendum(deps.db, {
      noteId: c.req.param("id"),
      authorId: c.get("user").id,
      reason: body.data.reason,
      text: body.data.text,
      answersQueryId: body.data.answersQueryId ?? null,
      now: deps.now(),
    });
    switch (outcome.kind) {
      case "added":
        audit(c, {
          detail: {
            addendumId: outcome.addendum.id,
            sequence: outcome.addendum.sequence,
            answersQueryId: outcome.addendum.answersQueryId,
          },
        });
        c.header("Location", `/api/notes/${outcome.addendum.noteId}`);
        return c.json(outcome.addendum, 201);
      case "query-not-found":
        return fieldProblem(c, "answersQueryId", "No query with this id on this note", "not_found");
      case "query-answered":
        return problem(c, {
          type: PROBLEM_TYPES.queryAnswered,
          title: "The query is already answered",
          status: 409,
          detail: "This query was answered by another addendum; write this one without the link.",
          answeredByAddendumId: outcome.answeredByAddendumId,
        });
      case "not-found":
      case "wrong-status":
        return refusedWrite(c, outcome);
    }
  });

  app.post("/:id/queries", async (c) => {
    const body = await parseJsonBody(c, CoderQueryRequestSchema);
    if (!body.ok) return body.response;
    const outcome = await addCoderQuery(deps.db, {
      noteId: c.req.param("id"),
      authorId: c.get("user").id,
      text: body.data.text,
      now: deps.now(),
    });
    if (outcome.kind !== "sent") return refusedWrite(c, outcome);
    audit(c, { detail: { queryId: outcome.query.id } });
    return c.json(outcome.query, 201);
  });

  app.get("/:id/history", async (c) => {
    const query = NoteHistoryQuerySchema.safeParse(c.req.query());
    if (!query.success) {
      return validationProblem(c, query.error, "The history filter is not valid.");
    }
    const found = await readableNote(c, deps.db, c.req.param("id"));
    if (!found.ok) return found.response;
    const changes = await noteHistory(deps.db, found.record.id, query.data.path);
    return c.json(NoteHistorySchema.parse({ changes }));
  });

  return app;
}
