import type { Context, MiddlewareHandler } from "hono";
import { RecordIdSchema } from "@tpi/schemas";
import { matchedApiRoute } from "../auth/authorize.js";
import type { AppEnv } from "./app-env.js";
import { notFound } from "./problem.js";

/**
 * The path parameters of the matched route ("/api/notes/:id" against "/api/notes/abc" gives
 * { id: "abc" }), decoded; undefined for a parameter whose percent-encoding is broken.
 */
export function pathParams(
  routePath: string,
  requestPath: string,
): Map<string, string | undefined> {
  const params = new Map<string, string | undefined>();
  const pattern = routePath.split("/");
  const actual = requestPath.split("/");
  pattern.forEach((segment, i) => {
    if (!segment.startsWith(":")) return;
    const name = segment.slice(1).replace(/\{.*$/, "");
    const raw = actual[i] ?? "";
    try {
      params.set(name, decodeURIComponent(raw));
    } catch {
      params.set(name, undefined);
    }
  });
  return params;
}

/**
 * The one guard for every route with a path parameter (issue 14): a value no record can have (NUL or
 * another control character, empty, over-long, broken percent-encoding) is answered 404 here, on both
 * engines, before any handler hands it to SQL (PostgreSQL refuses NUL in text: it was a 500).
 * Runs after authorize, so an unsigned caller still gets 401 and a wrong role 403 first.
 */
export function pathParamGuard(): MiddlewareHandler<AppEnv> {
  return async (c: Context, next) => {
    const route = matchedApiRoute(c);
    if (route !== undefined && route.path.includes("/:")) {
      for (const [name, value] of pathParams(route.path, c.req.path)) {
        if (value === undefined || !RecordIdSchema.safeParse(value).success) {
          return notFound(c, `No record has that ${name}.`);
        }
      }
    }
    return next();
  };
}
