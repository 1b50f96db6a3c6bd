import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";

/** Whether the request says it carries a body (a length above 0, or chunked). */
function declaresBody(headers: Headers): boolean {
  const length = Number(headers.get("content-length") ?? "0");
  return (Number.isFinite(length) && length > 0) || headers.has("transfer-encoding");
}

/**
 * Issue 14: an answer sent before the request body was read (401 before a session, 413, 415, a
 * refusal by a rule) leaves the rest of the body on the socket, where it cannot be read as the next
 * request, so Node closes the connection after the answer. Say so: `Connection: close`, instead of
 * `keep-alive` followed by a hang-up the client did not expect. Registered outermost on /api/*.
 */
export function closeConnectionOnUnreadBody(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (declaresBody(c.req.raw.headers) && !c.req.raw.bodyUsed) {
      c.header("Connection", "close");
    }
  };
}
