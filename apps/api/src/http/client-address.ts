import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The caller's network address as the socket sees it ("unknown" when the runtime gives none). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
