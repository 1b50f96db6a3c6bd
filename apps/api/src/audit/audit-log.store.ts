import { sql } from "kysely";
import type { Db } from "../db/connect.js";
import type { AuditLogRow } from "../db/database.js";
import { GENESIS_HASH, auditRowHash } from "./audit-chain.js";

/** What a caller says about one audited event; the store adds seq, time and the chain hashes. */
export interface AuditEvent {
  userId: string | null;
  role: string | null;
  action: string;
  patientId: string | null;
  noteId: string | null;
  clientAddress: string;
  status: number;
  /** Extra facts (JSON object), e.g. an export's format; never a whole note. */
  detail?: Record<string, unknown> | null;
}

export function outcomeOf(status: number): "ok" | "refused" | "error" {
  if (status >= 500) return "error";
  return status >= 400 ? "refused" : "ok";
}

/**
 * Appends one row to the audit trail and returns its seq. The chain head (last seq and hash) is read
 * and the new row inserted in one transaction that holds the chain lock, so concurrent appends, from
 * this process or another API process on the same PostgreSQL, never fork the chain:
 * - PostgreSQL: a transaction-scoped advisory lock keyed by the schema (each clinic schema has its
 *   own chain); released at commit or rollback, so a crash cannot leave it held.
 * - SQLite: Kysely runs one connection with its own mutex, so transactions in this process run one
 *   at a time, and SQLite allows one writer (the supported set-up is a single API process).
 * seq is the primary key: if two appends ever read the same head, the second insert fails instead
 * of forking the chain.
 */
export async function appendAudit(db: Db, event: AuditEvent, at: Date): Promise<number> {
  const detail =
    event.detail === undefined || event.detail === null ? null : JSON.stringify(event.detail);
  return db.kysely.transaction().execute(async (trx) => {
    if (db.kind === "postgres") {
      await sql`select pg_advisory_xact_lock(hashtext('tpi-note.audit_log.' || current_schema()))`.execute(
        trx,
      );
    }
    const head = await trx
      .selectFrom("audit_log")
      .select(["seq", "hash"])
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirst();
    const content = {
      seq: (head?.seq ?? 0) + 1,
      at: at.toISOString(),
      user_id: event.userId,
      role: event.role,
      action: event.action,
      patient_id: event.patientId,
      note_id: event.noteId,
      client_address: event.clientAddress,
      status: event.status,
      outcome: outcomeOf(event.status),
      detail,
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    await trx
      .insertInto("audit_log")
      .values({ ...content, hash: auditRowHash(content) })
      .execute();
    return content.seq;
  });
}

/** All rows in seq order, read in pages so a long trail is never held in memory at once. */
export async function* auditRowsInOrder(db: Db, pageSize = 1000): AsyncGenerator<AuditLogRow> {
  let after = 0;
  for (;;) {
    const page = await db.kysely
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">", after)
      .orderBy("seq", "asc")
      .limit(pageSize)
      .execute();
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) return;
    after = last.seq;
  }
}
