import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "tpi_session";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** 256 random bits for the cookie; only its sha256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
