import { randomUUID } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { AdminUserSchema, type AdminUser, type Role } from "@tpi/schemas";
import { hashPassword } from "../auth/password.js";
import type { Db } from "../db/connect.js";
import type { Database, UserRow } from "../db/database.js";

/**
 * Accounts as the admin manages them. A user is never deleted (notes and the audit trail name them):
 * deactivation keeps the row, ends the sessions and stops sign-in. A change of role or password, and a
 * deactivation, end every session of that user, so the change applies at once rather than at the
 * next sign-in.
 */

export function adminUserFromRow(row: UserRow): AdminUser {
  return AdminUserSchema.parse({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    active: row.deactivated_at === null,
    createdAt: row.created_at,
    deactivatedAt: row.deactivated_at,
  });
}

export async function listUsers(db: Db): Promise<AdminUser[]> {
  const rows = await db.kysely
    .selectFrom("users")
    .selectAll()
    .orderBy("display_name")
    .orderBy("email")
    .execute();
  return rows.map(adminUserFromRow);
}

export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  return db.kysely.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export type CreateUserOutcome = { kind: "created"; user: AdminUser } | { kind: "email-taken" };

export async function createUser(
  db: Db,
  input: { email: string; displayName: string; role: Role; password: string },
  now: Date,
): Promise<CreateUserOutcome> {
  // Hash outside the transaction: scrypt is slow and SQLite holds one writer at a time.
  const row: UserRow = {
    id: randomUUID(),
    email: input.email,
    display_name: input.displayName,
    role: input.role,
    password_hash: await hashPassword(input.password),
    created_at: now.toISOString(),
    deactivated_at: null,
  };
  return db.kysely.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom("users")
      .select("id")
      .where("email", "=", input.email)
      .executeTakeFirst();
    if (taken !== undefined) return { kind: "email-taken" } as const;
    await trx.insertInto("users").values(row).execute();
    return { kind: "created", user: adminUserFromRow(row) } as const;
  });
}

export type UpdateUserOutcome =
  | { kind: "updated"; user: AdminUser; sessionsEnded: number }
  | { kind: "not-found" }
  | { kind: "last-admin" };

/**
 * Changes a user's role and/or deactivates or reactivates the account. Refused when it would leave
 * the clinic without an active admin (nobody could manage accounts any more). A real change ends the
 * user's sessions; a request that changes nothing ends none.
 */
export async function updateUser(
  db: Db,
  id: string,
  change: { role?: Role | undefined; active?: boolean | undefined },
  now: Date,
): Promise<UpdateUserOutcome> {
  return db.kysely
    .transaction()
    .execute(async (trx) => {
      await lockUsers(db, trx);
      const before = await trx
        .selectFrom("users")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (before === undefined) return { kind: "not-found" } as const;
      const role = change.role ?? before.role;
      const deactivatedAt =
        change.active === undefined
          ? before.deactivated_at
          : change.active
            ? null
            : (before.deactivated_at ?? now.toISOString());
      const changed = role !== before.role || deactivatedAt !== before.deactivated_at;
      if (!changed) {
        return { kind: "updated", user: adminUserFromRow(before), sessionsEnded: 0 } as const;
      }
      await trx
        .updateTable("users")
        .set({ role, deactivated_at: deactivatedAt })
        .where("id", "=", id)
        .execute();
      const admins = await trx
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number | string | bigint>().as("n"))
        .where("role", "=", "admin")
        .where("deactivated_at", "is", null)
        .executeTakeFirstOrThrow();
      if (Number(admins.n) === 0) {
        // Undo by throwing: the transaction rolls back and nothing changed.
        throw new LastAdminError();
      }
      const ended = await endSessionsIn(trx, id);
      const after = { ...before, role, deactivated_at: deactivatedAt };
      return { kind: "updated", user: adminUserFromRow(after), sessionsEnded: ended } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof LastAdminError) return { kind: "last-admin" } as const;
      throw error;
    });
}

/** The admin sets a new password; the user's sessions end (whoever holds them must sign in again). */
export async function resetPassword(
  db: Db,
  id: string,
  password: string,
): Promise<{ kind: "reset"; sessionsEnded: number } | { kind: "not-found" }> {
  const hash = await hashPassword(password);
  return db.kysely.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("users")
      .set({ password_hash: hash })
      .where("id", "=", id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return { kind: "not-found" } as const;
    return { kind: "reset", sessionsEnded: await endSessionsIn(trx, id) } as const;
  });
}

/** A user's own password change: every other session of theirs ends; the one making the change stays. */
export async function changeOwnPassword(
  db: Db,
  id: string,
  password: string,
  keepTokenHash: string,
): Promise<number> {
  const hash = await hashPassword(password);
  return db.kysely.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ password_hash: hash }).where("id", "=", id).execute();
    return endSessionsIn(trx, id, keepTokenHash);
  });
}

/** Ends every session of a user, except the one whose token hash is given (the caller's own). */
export async function endSessionsIn(
  trx: Transaction<Database> | Db["kysely"],
  userId: string,
  exceptTokenHash?: string,
): Promise<number> {
  let query = trx.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptTokenHash !== undefined) query = query.where("token_hash", "<>", exceptTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

class LastAdminError extends Error {}

/**
 * Serialises account changes that check "is there still an admin?" across API processes on one
 * PostgreSQL (two admins demoting each other at once must not both succeed). SQLite runs one
 * writer, and this process's transactions one at a time.
 */
async function lockUsers(db: Db, trx: Transaction<Database>): Promise<void> {
  if (db.kind === "postgres") {
    await sql`select pg_advisory_xact_lock(hashtext('tpi-note.users.' || current_schema()))`.execute(
      trx,
    );
  }
}
