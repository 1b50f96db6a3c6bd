import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { matchedRoutes } from "hono/route";
import type { AppDeps, AppEnv } from "../http/app-env.js";
import { PROBLEM_TYPES, problem } from "../http/problem.js";
import type { Logger } from "../log.js";
import { ROUTE_POLICY, routeKey } from "./route-policy.js";
import { findSession, slideSession, type SessionPolicy } from "./session-store.js";
import { SESSION_COOKIE } from "./token.js";

/** An /api route pattern a handler is registered on (not a middleware or a catch-all). */
export function isApiRoutePattern(path: string): boolean {
  return path.startsWith("/api/") && !path.endsWith("*");
}

/** The /api route pattern this request reached ("/api/notes/:id", its method); undefined if none. */
export function matchedApiRoute(c: Context): { method: string; path: string } | undefined {
  const method = c.req.method === "HEAD" ? "GET" : c.req.method;
  return matchedRoutes(c).find((r) => r.method === method && isApiRoutePattern(r.path));
}

/** The policy key of the route this request reached ("GET /api/notes/:id"); undefined if none. */
function matchedRouteKey(c: Context): string | undefined {
  const route = matchedApiRoute(c);
  return route === undefined ? undefined : routeKey(route.method, route.path);
}

/**
 * The one middleware that decides who may call an /api route, from ROUTE_POLICY: public rows pass;
 * otherwise a valid session is needed (401) and the user's role must be in the row (403). A path that
 * matches no route still needs a session (so unknown URLs reveal nothing), then falls through to 404.
 * A matched route without a row is refused: the table fails closed.
 */
/**
 * Requests that do not count as activity: reading how long the session has left (the web app asks
 * this to time its idle warning, and asking must not keep an unattended screen signed in).
 */
const PASSIVE_ROUTES: ReadonlySet<string> = new Set(["GET /api/session"]);

export function authorize(
  deps: Required<Pick<AppDeps, "db" | "now">> & { logger: Logger; sessionPolicy: SessionPolicy },
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = matchedRouteKey(c);
    const access = key === undefined ? undefined : ROUTE_POLICY[key];
    if (access === "public") return next();

    const token = getCookie(c, SESSION_COOKIE);
    const now = deps.now();
    const found =
      token === undefined || token === ""
        ? undefined
        : await findSession(deps.db, token, now, deps.sessionPolicy);
    if (found === undefined) {
      return problem(c, {
        type: PROBLEM_TYPES.unauthenticated,
        title: "Sign-in required",
        status: 401,
        detail: "Sign in to continue; the session is missing or has expired.",
      });
    }
    // Any other request is activity: the idle sign-out moves forward (SESSION_IDLE_MINUTES).
    const session =
      key !== undefined && PASSIVE_ROUTES.has(key)
        ? found
        : await slideSession(deps.db, found, now, deps.sessionPolicy);
    const user = session.user;
    c.set("user", user);
    c.set("session", session);
    if (key === undefined) return next();
    if (access === undefined) {
      deps.logger.error("route-policy.missing-row", { route: key });
      return forbidden(c, "This route has no access rule, so nobody may use it.");
    }
    if (!access.includes(user.role)) {
      return forbidden(c, `A ${user.role} may not use ${key}.`);
    }
    return next();
  };
}

export function forbidden(c: Context, detail: string): Response {
  return problem(c, { type: PROBLEM_TYPES.forbidden, title: "Not allowed", status: 403, detail });
}

/** Registered /api routes without a ROUTE_POLICY row: createApp refuses to start with any. */
export function routesWithoutPolicy(routes: readonly { method: string; path: string }[]): string[] {
  const keys = routes
    .filter((r) => r.method !== "ALL" && isApiRoutePattern(r.path))
    .map((r) => routeKey(r.method, r.path));
  return [...new Set(keys)].filter((k) => ROUTE_POLICY[k] === undefined);
}
