import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { AppDeps, AppEnv } from "../http/app-env.js";
import { PROBLEM_TYPES, problem } from "../http/problem.js";
import { userForToken } from "./session-store.js";
import { SESSION_COOKIE } from "./token.js";

/**
 * The only /api routes reachable without a session. Signing out is one of them so that a client whose
 * session already expired can still clear its cookie (it answers 204 either way).
 */
function isPublic(method: string, path: string): boolean {
  return (
    (method === "GET" && path === "/api/health") ||
    (path === "/api/session" && (method === "POST" || method === "DELETE"))
  );
}

export function requireSession(
  deps: Required<Pick<AppDeps, "db" | "now">>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (isPublic(c.req.method, c.req.path)) return next();
    const token = getCookie(c, SESSION_COOKIE);
    const user =
      token === undefined || token === ""
        ? undefined
        : await userForToken(deps.db, token, deps.now());
    if (user === undefined) {
      return problem(c, {
        type: PROBLEM_TYPES.unauthenticated,
        title: "Sign-in required",
        status: 401,
        detail: "Sign in to continue; the session is missing or has expired.",
      });
    }
    c.set("user", user);
    return next();
  };
}
