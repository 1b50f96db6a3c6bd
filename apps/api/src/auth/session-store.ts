import { UserSchema, type User } from "@tpi/schemas";
import type { Db } from "../db/connect.js";
import type { UserRow } from "../db/database.js";
import { SESSION_TTL_MS, hashSessionToken, newSessionToken } from "./token.js";

export function userFromRow(row: Pick<UserRow, "id" | "email" | "display_name" | "role">): User {
  // Parsed, not cast: a role typed into the database by hand fails loudly here instead of leaking out.
  return UserSchema.parse({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
  });
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.kysely.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

/**
 * How long a session lasts: it ends after `idleMs` without a request (sliding: each request moves the
 * end forward), and never later than `maxMs` after sign-in, however busy.
 */
export interface SessionPolicy {
  readonly idleMs: number;
  readonly maxMs: number;
}

export const DEFAULT_SESSION_IDLE_MINUTES = 15;

export function sessionPolicy(idleMinutes: number): SessionPolicy {
  return { idleMs: idleMinutes * 60_000, maxMs: SESSION_TTL_MS };
}

/** A session as the middleware found it: its user, and when it was made and ends. */
export interface ActiveSession {
  user: User;
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
  /** The latest it can ever end (sign-in + maxMs): the cookie's expiry. */
  endsAtLatest: Date;
}

const endOf = (createdAt: Date, now: Date, policy: SessionPolicy) =>
  new Date(Math.min(now.getTime() + policy.idleMs, createdAt.getTime() + policy.maxMs));

/** Creates a session and returns the raw token (for the cookie); only its hash is stored. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ token: string; expiresAt: Date; endsAtLatest: Date }> {
  const token = newSessionToken();
  const expiresAt = endOf(now, now, policy);
  await db.kysely.transaction().execute(async (trx) => {
    // Housekeeping on sign-in keeps the table from growing without a background job.
    await trx
      .deleteFrom("sessions")
      .where("user_id", "=", userId)
      .where("expires_at", "<=", now.toISOString())
      .execute();
    await trx
      .insertInto("sessions")
      .values({
        token_hash: hashSessionToken(token),
        user_id: userId,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  });
  return { token, expiresAt, endsAtLatest: new Date(now.getTime() + policy.maxMs) };
}

/** The live session this cookie token names, or undefined (unknown, expired, or its user deactivated). */
export async function findSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<ActiveSession | undefined> {
  const tokenHash = hashSessionToken(token);
  const row = await db.kysely
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.email",
      "users.display_name",
      "users.role",
      "sessions.created_at",
      "sessions.expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.expires_at", ">", now.toISOString())
    // Deactivation deletes the sessions too; this keeps a deactivated account out regardless.
    .where("users.deactivated_at", "is", null)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const createdAt = new Date(row.created_at);
  return {
    user: userFromRow(row),
    tokenHash,
    createdAt,
    expiresAt: new Date(row.expires_at),
    endsAtLatest: new Date(createdAt.getTime() + policy.maxMs),
  };
}

/** Writes smaller than this are skipped: a burst of requests does not rewrite the row each time. */
const SLIDE_STEP_MS = 5_000;

/**
 * Activity: the session now ends `idleMs` from now (capped at sign-in + maxMs). Returns the session
 * with its new end. The row is only rewritten when the end moves by a few seconds or more.
 */
export async function slideSession(
  db: Db,
  session: ActiveSession,
  now: Date,
  policy: SessionPolicy,
): Promise<ActiveSession> {
  const expiresAt = endOf(session.createdAt, now, policy);
  if (expiresAt.getTime() - session.expiresAt.getTime() < SLIDE_STEP_MS) return session;
  await db.kysely
    .updateTable("sessions")
    .set({ expires_at: expiresAt.toISOString() })
    .where("token_hash", "=", session.tokenHash)
    // Never revive a session that ended meanwhile (signed out or ended by an admin elsewhere).
    .where("expires_at", ">", now.toISOString())
    .execute();
  return { ...session, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.kysely
    .deleteFrom("sessions")
    .where("token_hash", "=", hashSessionToken(token))
    .execute();
}
