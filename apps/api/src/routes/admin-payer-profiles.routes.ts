import { Hono, type Context } from "hono";
import { PayerProfileSchema } from "@tpi/schemas";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem } from "../http/problem.js";
import {
  listClinicPayerProfiles,
  saveClinicPayerProfile,
  type SaveProfileOutcome,
} from "../store/clinic-payer-profiles.store.js";
import type { RouteDeps } from "./route-deps.js";

/**
 * /api/admin/payer-profiles: the clinic's own payer profiles (admin only). The body is the profile's
 * JSON, validated by PayerProfileSchema (400 with each field's path). The server numbers versions:
 * a new profile is version 1; a new version of one is the latest + 1, and when the JSON carries the
 * "version" it was edited from, that must still be the latest (409 otherwise).
 */
export function adminPayerProfileRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => c.json(await listClinicPayerProfiles(deps.db)));

  app.post("/", async (c) => {
    const body = await parseJsonBody(c, PayerProfileSchema);
    if (!body.ok) return body.response;
    audit(c, { detail: { profileId: body.data.id } });
    const outcome = await saveClinicPayerProfile(
      deps.db,
      body.data,
      { kind: "create" },
      c.get("user").id,
      deps.now(),
    );
    return answer(c, outcome, 201);
  });

  app.post("/:id/versions", async (c) => {
    const id = c.req.param("id");
    const body = await parseJsonBody(c, PayerProfileSchema);
    if (!body.ok) return body.response;
    audit(c, { detail: { profileId: id } });
    if (body.data.id !== id) {
      return problem(c, {
        type: PROBLEM_TYPES.validation,
        title: "Validation failed",
        status: 400,
        detail: "The profile's id is not the one being versioned.",
        errors: [{ path: "id", message: `Must be "${id}": a new version keeps the profile's id` }],
      });
    }
    // The version the admin edited, as it stood in the JSON (the schema would default a missing one).
    const raw = await c.req.json<{ version?: unknown }>();
    const basedOn = typeof raw.version === "number" ? raw.version : undefined;
    const outcome = await saveClinicPayerProfile(
      deps.db,
      body.data,
      { kind: "new-version", basedOn },
      c.get("user").id,
      deps.now(),
    );
    return answer(c, outcome, 201);
  });

  function answer(c: Context<AppEnv>, outcome: SaveProfileOutcome, status: 201): Response {
    switch (outcome.kind) {
      case "saved":
        audit(c, { detail: { version: outcome.profile.version } });
        deps.logger.info("payer-profile.saved", {
          profileId: outcome.profile.id,
          version: outcome.profile.version,
        });
        return c.json(outcome.profile, status);
      case "built-in":
        return problem(c, {
          type: PROBLEM_TYPES.payerProfileExists,
          title: "Built-in profile id",
          status: 409,
          detail:
            "This id belongs to a built-in payer profile; give the clinic's profile its own id.",
          errors: [{ path: "id", message: "A built-in profile has this id" }],
        });
      case "exists":
        return problem(c, {
          type: PROBLEM_TYPES.payerProfileExists,
          title: "Profile exists",
          status: 409,
          detail:
            "The clinic has a profile with this id already: save a new version of it instead.",
          errors: [{ path: "id", message: "A clinic profile has this id already" }],
        });
      case "not-found":
        return notFound(c, "The clinic has no payer profile with this id.");
      case "changed-meanwhile":
        return problem(c, {
          type: PROBLEM_TYPES.versionConflict,
          title: "Changed meanwhile",
          status: 409,
          detail: `Version ${outcome.latestVersion} was saved since this one was opened: reload it and make the change there.`,
          currentVersion: outcome.latestVersion,
          errors: [{ path: "version", message: `The latest version is ${outcome.latestVersion}` }],
        });
    }
  }

  return app;
}
