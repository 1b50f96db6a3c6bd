import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import {
  ChangePasswordRequestSchema,
  ROLE_ACTIONS,
  SessionInfoSchema,
  SessionMeSchema,
  SignInRequestSchema,
} from "@tpi/schemas";
import { weakPasswordReason } from "../auth/password-policy.js";
import { editableSectionsFor } from "../auth/note-sections.js";
import { decoyHash, verifyPassword } from "../auth/password.js";
import {
  createSession,
  deleteSession,
  findUserByEmail,
  userFromRow,
} from "../auth/session-store.js";
import { SESSION_COOKIE } from "../auth/token.js";
import { audit } from "../audit/audit-context.js";
import type { AppEnv } from "../http/app-env.js";
import { parseJsonBody } from "../http/body.js";
import { clientAddress, isHttps } from "../http/client-address.js";
import { PROBLEM_TYPES, problem, weakPasswordProblem } from "../http/problem.js";
import { changeOwnPassword } from "../store/users.store.js";
import type { RouteDeps } from "./route-deps.js";

export function sessionRoutes(deps: RouteDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const body = await parseJsonBody(c, SignInRequestSchema);
    if (!body.ok) return body.response;
    const { email } = body.data;
    const address = clientAddress(c);
    // The email as typed, so an admin can see guessing against an account in the trail.
    audit(c, { detail: { email } });
    const throttle = deps.signInThrottle;
    // Counted before the password is checked, so a paused account cannot be guessed at while it waits.
    const wait = await throttle.attempt(email, address);
    if (wait > 0) {
      deps.logger.warn("sign-in.throttled", { retryAfterSeconds: wait });
      c.header("Retry-After", String(wait));
      return problem(c, {
        type: PROBLEM_TYPES.tooManySignIns,
        title: "Too many failed sign-ins",
        status: 429,
        detail: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}, or ask an administrator to check the account.`,
      });
    }
    const row = await findUserByEmail(deps.db, email);
    // Verify against a decoy when the email is unknown, so response time does not reveal accounts.
    const valid = await verifyPassword(
      body.data.password,
      row?.password_hash ?? (await decoyHash()),
    );
    if (row === undefined || !valid) {
      deps.logger.info("sign-in.failed");
      return problem(c, {
        type: PROBLEM_TYPES.unauthenticated,
        title: "Sign-in failed",
        status: 401,
        detail: "The email or password is not right.",
      });
    }
    if (row.deactivated_at !== null) {
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      audit(c, { userId: row.id, role: row.role });
      return problem(c, {
        type: PROBLEM_TYPES.accountDeactivated,
        title: "Account deactivated",
        status: 403,
        detail: "This account has been deactivated. Ask an administrator if you still need it.",
      });
    }
    await throttle.succeeded(email, address);
    audit(c, { userId: row.id, role: row.role });
    const { token, endsAtLatest } = await createSession(
      deps.db,
      row.id,
      deps.now(),
      deps.sessionPolicy,
    );
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Strict",
      path: "/",
      // The cookie lives as long as the session could; the idle sign-out is the server's to decide.
      expires: endsAtLatest,
      // Secure only over https (here or at a trusted proxy), so the plain-http local set-up still works.
      secure: isHttps(c),
    });
    return c.json(userFromRow(row));
  });

  app.delete("/", async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token !== undefined) await deleteSession(deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.body(null, 204);
  });

  /** How long the session has left without activity. Passive: asking does not extend it. */
  const sessionInfo = (c: Context<AppEnv>) =>
    c.json(
      SessionInfoSchema.parse({
        user: c.get("user"),
        expiresAt: c.get("session").expiresAt.toISOString(),
        now: deps.now().toISOString(),
        idleMinutes: Math.round(deps.sessionPolicy.idleMs / 60_000),
      }),
    );
  app.get("/", sessionInfo);
  // "Stay signed in": a request like any other, so the middleware has already moved the end.
  app.post("/touch", sessionInfo);

  app.post("/password", async (c) => {
    const body = await parseJsonBody(c, ChangePasswordRequestSchema);
    if (!body.ok) return body.response;
    const user = c.get("user");
    const address = clientAddress(c);
    // Guessing the current password from a borrowed session counts against the sign-in throttle.
    const wait = await deps.signInThrottle.attempt(user.email, address);
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      return problem(c, {
        type: PROBLEM_TYPES.tooManySignIns,
        title: "Too many wrong passwords",
        status: 429,
        detail: `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} minute${wait > 60 ? "s" : ""}.`,
      });
    }
    const row = await findUserByEmail(deps.db, user.email);
    if (
      row === undefined ||
      !(await verifyPassword(body.data.currentPassword, row.password_hash))
    ) {
      return problem(c, {
        type: PROBLEM_TYPES.validation,
        title: "Validation failed",
        status: 400,
        detail: "The current password is not right.",
        errors: [{ path: "currentPassword", message: "This is not your current password" }],
      });
    }
    await deps.signInThrottle.succeeded(user.email, address);
    if (body.data.newPassword === body.data.currentPassword) {
      return weakPasswordProblem(
        c,
        "newPassword",
        "Choose a password different from the current one",
      );
    }
    const weak = weakPasswordReason(body.data.newPassword, {
      email: user.email,
      displayName: user.displayName,
    });
    if (weak !== undefined) return weakPasswordProblem(c, "newPassword", weak);
    const ended = await changeOwnPassword(
      deps.db,
      user.id,
      body.data.newPassword,
      c.get("session").tokenHash,
    );
    audit(c, { detail: { otherSessionsEnded: ended } });
    return c.body(null, 204);
  });

  app.get("/me", (c) => {
    const user = c.get("user");
    return c.json(
      SessionMeSchema.parse({
        ...user,
        permissions: {
          actions: ROLE_ACTIONS[user.role],
          editableSections: editableSectionsFor(user.role, deps.assistantSections),
          assistantSections: deps.assistantSections,
        },
      }),
    );
  });

  return app;
}
