import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";

/** "::ffff:10.0.0.5" (IPv4 as Node's dual-stack socket reports it) is 10.0.0.5. */
function plain(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function socketAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address;
    return address === undefined ? "unknown" : plain(address);
  } catch {
    return "unknown";
  }
}

/**
 * The caller's network address: the one the `forwarded` middleware worked out (behind a trusted
 * proxy, the address the proxy saw), else the socket's ("unknown" when the runtime gives none).
 */
export function clientAddress(c: Context): string {
  const known = (c as Context<AppEnv>).get("clientAddress") as string | undefined;
  return known ?? socketAddress(c);
}

/** Whether the browser reached us over https (directly, or at a trusted proxy that says so). */
export function isHttps(c: Context): boolean {
  const known = (c as Context<AppEnv>).get("https") as boolean | undefined;
  return known ?? new URL(c.req.url).protocol === "https:";
}

/**
 * Behind a reverse proxy every request comes from the proxy's address, over plain http. When the
 * socket's address is one of TRUST_PROXY's, the client's address is taken from X-Forwarded-For (the
 * right-most entry that is not itself a trusted proxy: entries to its left were written by the
 * client and prove nothing) and https from X-Forwarded-Proto. From anyone else those headers are
 * ignored, so a client cannot pick the address the sign-in throttle and the audit trail see.
 */
export function forwarded(trusted: readonly string[]): MiddlewareHandler<AppEnv> {
  const proxies = new Set(trusted.map(plain));
  return async (c, next) => {
    const socket = socketAddress(c);
    let address = socket;
    let https = new URL(c.req.url).protocol === "https:";
    if (proxies.has(socket)) {
      const hops = (c.req.header("x-forwarded-for") ?? "")
        .split(",")
        .map((h) => plain(h.trim()))
        .filter((h) => isIP(h) !== 0);
      while (hops.length > 0 && proxies.has(hops.at(-1)!)) hops.pop();
      address = hops.at(-1) ?? socket;
      const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
      if (proto === "https" || proto === "http") https = proto === "https";
    }
    c.set("clientAddress", address);
    c.set("https", https);
    await next();
  };
}
