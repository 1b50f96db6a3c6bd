import { Hono } from "hono";
import { CreateNoteRequestSchema, UpdateNoteRequestSchema } from "@tpi/schemas";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem } from "../http/problem.js";
import { createNote, findNote, updateNote } from "../store/notes.store.js";
import { findNoteProvenance } from "../store/note-provenance.store.js";
import { findPatient } from "../store/patients.store.js";
import type { RouteDeps } from "./route-deps.js";

export function noteRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const body = await parseJsonBody(c, CreateNoteRequestSchema);
    if (!body.ok) return body.response;
    if ((await findPatient(deps.db, body.data.patientId)) === undefined) {
      // A body that names a missing patient is a field error, not a missing URL.
      return problem(c, {
        type: PROBLEM_TYPES.validation,
        title: "Validation failed",
        status: 400,
        detail: "The request is not valid.",
        errors: [{ path: "patientId", message: "No patient with this id", code: "not_found" }],
      });
    }
    const record = await createNote(deps.db, {
      patientId: body.data.patientId,
      note: body.data.note,
      carriedForward: body.data.carriedForward ?? null,
      userId: c.get("user").id,
      now: deps.now(),
    });
    c.header("Location", `/api/notes/${record.id}`);
    return c.json(record, 201);
  });

  app.get("/:id", async (c) => {
    const record = await findNote(deps.db, c.req.param("id"));
    return record === undefined ? notFound(c, "No note with this id.") : c.json(record);
  });

  app.get("/:id/provenance", async (c) => {
    const provenance = await findNoteProvenance(deps.db, c.req.param("id"));
    return provenance === undefined ? notFound(c, "No note with this id.") : c.json(provenance);
  });

  app.put("/:id", async (c) => {
    const body = await parseJsonBody(c, UpdateNoteRequestSchema);
    if (!body.ok) return body.response;
    const outcome = await updateNote(deps.db, {
      id: c.req.param("id"),
      expectedVersion: body.data.version,
      note: body.data.note,
      userId: c.get("user").id,
      now: deps.now(),
    });
    switch (outcome.kind) {
      case "updated":
        return c.json(outcome.record);
      case "not-found":
        return notFound(c, "No note with this id.");
      case "signed":
        return problem(c, {
          type: PROBLEM_TYPES.noteSigned,
          title: "Note is signed",
          status: 409,
          detail: "A signed note never changes.",
          currentVersion: outcome.currentVersion,
        });
      case "stale":
        return problem(c, {
          type: PROBLEM_TYPES.versionConflict,
          title: "Note changed since it was loaded",
          status: 409,
          detail: `You edited version ${body.data.version}; the note is now at version ${outcome.currentVersion}. Reload it and apply your changes again.`,
          currentVersion: outcome.currentVersion,
        });
    }
  });

  return app;
}
