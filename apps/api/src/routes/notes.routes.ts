import { Hono, type Context } from "hono";
import {
  CreateNoteRequestSchema,
  NOTE_SECTIONS,
  UpdateNoteRequestSchema,
  type NoteSectionId,
} from "@tpi/schemas";
import { blankNoteLike, forbiddenSectionChanges } from "../auth/note-sections.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem } from "../http/problem.js";
import { findNoteProvenance } from "../store/note-provenance.store.js";
import { createNote, findNote, notesOnDateOfService, updateNote } from "../store/notes.store.js";
import { findPatient } from "../store/patients.store.js";
import { readableNote, refusalBeforeWrite, refusedWrite } from "./note-answers.js";
import type { RouteDeps } from "./route-deps.js";

/** 403 naming each section the user's role may not change, with a field path per section. */
function forbiddenSections(c: Context<AppEnv>, sections: NoteSectionId[]): Response {
  const role = c.get("user").role;
  const labels = sections.map((id) => NOTE_SECTIONS[id].label);
  return problem(c, {
    type: PROBLEM_TYPES.forbiddenSection,
    title: "Section not allowed for this role",
    status: 403,
    detail: `A ${role} may not change: ${labels.join(", ")}.`,
    sections,
    errors: sections.map((id) => ({
      path: `note.${NOTE_SECTIONS[id].keys[0]}`,
      message: `A ${role} may not change the ${NOTE_SECTIONS[id].label} section`,
      code: "forbidden-section",
    })),
  });
}

export function noteRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const body = await parseJsonBody(c, CreateNoteRequestSchema);
    if (!body.ok) return body.response;
    const { patientId, note } = body.data;
    if ((await findPatient(deps.db, patientId)) === undefined) {
      // A body that names a missing patient is a field error, not a missing URL.
      return problem(c, {
        type: PROBLEM_TYPES.validation,
        title: "Validation failed",
        status: 400,
        detail: "The request is not valid.",
        errors: [{ path: "patientId", message: "No patient with this id", code: "not_found" }],
      });
    }
    const user = c.get("user");
    const forbidden = forbiddenSectionChanges(
      user.role,
      deps.assistantSections,
      blankNoteLike(note),
      note,
    );
    if (forbidden.length > 0) return forbiddenSections(c, forbidden);
    if (body.data.confirmSameDateOfService !== true) {
      const existing = await notesOnDateOfService(deps.db, patientId, note.dateOfService);
      if (existing.length > 0) {
        return problem(c, {
          type: PROBLEM_TYPES.sameDateOfService,
          title: "The patient already has a note on this date of service",
          status: 409,
          detail: `There is already a note for ${note.dateOfService}. Open it, or confirm that a second note is meant.`,
          existingNoteIds: existing,
          errors: [
            {
              path: "note.dateOfService",
              message: "The patient already has a note on this date of service",
              code: "same-date-of-service",
            },
          ],
        });
      }
    }
    const record = await createNote(deps.db, {
      patientId,
      note,
      carriedForward: body.data.carriedForward ?? null,
      userId: user.id,
      now: deps.now(),
    });
    c.header("Location", `/api/notes/${record.id}`);
    return c.json(record, 201);
  });

  app.get("/:id", async (c) => {
    const found = await readableNote(c, deps.db, c.req.param("id"));
    return found.ok ? c.json(found.record) : found.response;
  });

  app.get("/:id/provenance", async (c) => {
    const found = await readableNote(c, deps.db, c.req.param("id"));
    if (!found.ok) return found.response;
    const provenance = await findNoteProvenance(deps.db, found.record.id);
    return provenance === undefined ? notFound(c, "No note with this id.") : c.json(provenance);
  });

  app.put("/:id", async (c) => {
    const body = await parseJsonBody(c, UpdateNoteRequestSchema);
    if (!body.ok) return body.response;
    const id = c.req.param("id");
    const stored = await findNote(deps.db, id);
    if (stored === undefined) return notFound(c, "No note with this id.");
    // Signed, discarded or stale first: a section check against a note that moved on means nothing.
    const refused = refusalBeforeWrite(stored, body.data.version);
    if (refused !== undefined) return refusedWrite(c, refused, body.data.version);
    const user = c.get("user");
    const forbidden = forbiddenSectionChanges(
      user.role,
      deps.assistantSections,
      stored.note,
      body.data.note,
    );
    if (forbidden.length > 0) return forbiddenSections(c, forbidden);
    const outcome = await updateNote(deps.db, {
      id,
      expectedVersion: body.data.version,
      note: body.data.note,
      userId: user.id,
      now: deps.now(),
    });
    return outcome.kind === "updated"
      ? c.json(outcome.record)
      : refusedWrite(c, outcome, body.data.version);
  });

  return app;
}
