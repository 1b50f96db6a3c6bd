import { Hono } from "hono";
import {
  CreateUserRequestSchema,
  ResetPasswordRequestSchema,
  UpdateUserRequestSchema,
} from "@tpi/schemas";
import { weakPasswordReason } from "../auth/password-policy.js";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { PROBLEM_TYPES, notFound, problem, weakPasswordProblem } from "../http/problem.js";
import {
  createUser,
  findUser,
  listUsers,
  resetPassword,
  updateUser,
} from "../store/users.store.js";
import type { RouteDeps } from "./route-deps.js";

/** /api/admin/users: the admin's account management (admin only, per ROUTE_POLICY). */
export function adminUserRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => c.json(await listUsers(deps.db)));

  app.post("/", async (c) => {
    const body = await parseJsonBody(c, CreateUserRequestSchema);
    if (!body.ok) return body.response;
    const { email, displayName, role, password } = body.data;
    audit(c, { detail: { email, role } });
    const weak = weakPasswordReason(password, { email, displayName });
    if (weak !== undefined) return weakPasswordProblem(c, "password", weak);
    const outcome = await createUser(deps.db, body.data, deps.now());
    if (outcome.kind === "email-taken") {
      return problem(c, {
        type: PROBLEM_TYPES.emailTaken,
        title: "Email already in use",
        status: 409,
        detail: `An account with ${email} exists already (it may be deactivated: reactivate it instead).`,
        errors: [{ path: "email", message: "An account with this email exists already" }],
      });
    }
    audit(c, { detail: { targetUserId: outcome.user.id } });
    deps.logger.info("user.created", { userId: outcome.user.id, role });
    return c.json(outcome.user, 201);
  });

  app.patch("/:id", async (c) => {
    const id = c.req.param("id");
    const body = await parseJsonBody(c, UpdateUserRequestSchema);
    if (!body.ok) return body.response;
    audit(c, { detail: { targetUserId: id, ...body.data } });
    const outcome = await updateUser(deps.db, id, body.data, deps.now());
    switch (outcome.kind) {
      case "not-found":
        return notFound(c, "No user with this id.");
      case "last-admin":
        return problem(c, {
          type: PROBLEM_TYPES.lastAdmin,
          title: "The last administrator",
          status: 409,
          detail:
            "This is the clinic's only active administrator: make another account an administrator first.",
        });
      case "updated":
        audit(c, { detail: { sessionsEnded: outcome.sessionsEnded } });
        return c.json(outcome.user);
    }
  });

  app.post("/:id/password", async (c) => {
    const id = c.req.param("id");
    const body = await parseJsonBody(c, ResetPasswordRequestSchema);
    if (!body.ok) return body.response;
    audit(c, { detail: { targetUserId: id } });
    const user = await findUser(deps.db, id);
    if (user === undefined) return notFound(c, "No user with this id.");
    const weak = weakPasswordReason(body.data.password, {
      email: user.email,
      displayName: user.display_name,
    });
    if (weak !== undefined) return weakPasswordProblem(c, "password", weak);
    const outcome = await resetPassword(deps.db, id, body.data.password);
    if (outcome.kind === "not-found") return notFound(c, "No user with this id.");
    audit(c, { detail: { sessionsEnded: outcome.sessionsEnded } });
    return c.body(null, 204);
  });

  return app;
}
