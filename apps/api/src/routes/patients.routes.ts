import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { PatientNotesQuerySchema, SIGNED_STATUSES } from "@tpi/schemas";
import { notFound, validationProblem } from "../http/problem.js";
import { listNoteSummaries } from "../store/notes.store.js";
import { findPatient, listPatients } from "../store/patients.store.js";
import type { RouteDeps } from "./route-deps.js";

export function patientRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => c.json(await listPatients(deps.db)));

  app.get("/:id", async (c) => {
    const patient = await findPatient(deps.db, c.req.param("id"));
    return patient === undefined ? notFound(c, "No patient with this id.") : c.json(patient);
  });

  app.get("/:id/notes", async (c) => {
    const id = c.req.param("id");
    if ((await findPatient(deps.db, id)) === undefined) {
      return notFound(c, "No patient with this id.");
    }
    const query = PatientNotesQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The query is not valid.");
    // A coder sees signed notes only (drafts are not theirs to read).
    const statuses = c.get("user").role === "coder" ? SIGNED_STATUSES : undefined;
    return c.json(
      await listNoteSummaries(deps.db, id, {
        dateOfService: query.data.dateOfService,
        ...(statuses === undefined ? {} : { statuses }),
      }),
    );
  });

  return app;
}
