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

/** Creates a session and returns the raw token (for the cookie); only its hash is stored. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
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
  return { token, expiresAt };
}

export async function userForToken(db: Db, token: string, now: Date): Promise<User | undefined> {
  const row = await db.kysely
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["users.id", "users.email", "users.display_name", "users.role"])
    .where("sessions.token_hash", "=", hashSessionToken(token))
    .where("sessions.expires_at", ">", now.toISOString())
    // Deactivation deletes the sessions too; this keeps a deactivated account out regardless.
    .where("users.deactivated_at", "is", null)
    .executeTakeFirst();
  return row === undefined ? undefined : userFromRow(row);
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.kysely
    .deleteFrom("sessions")
    .where("token_hash", "=", hashSessionToken(token))
    .execute();
}
