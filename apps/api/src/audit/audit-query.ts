import { sql } from "kysely";
import {
  AuditEntrySchema,
  type AuditEntry,
  type AuditPage,
  type AuditQuerySchema,
} from "@tpi/schemas";
import type { z } from "zod/mini";
import type { Db } from "../db/connect.js";

export type ParsedAuditQuery = z.output<typeof AuditQuerySchema>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-11-20" from the start of that day (UTC); an instant as given. */
function lowerBound(from: string): string {
  return DAY.test(from) ? `${from}T00:00:00.000Z` : new Date(from).toISOString();
}

/** "2026-11-20" up to the end of that day (the next day's start, excluded); an instant as given. */
function upperBound(to: string): { value: string; inclusive: boolean } {
  if (!DAY.test(to)) return { value: new Date(to).toISOString(), inclusive: true };
  const next = new Date(`${to}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { value: next.toISOString(), inclusive: false };
}

/** A LIKE pattern that finds `text` anywhere, with LIKE's own characters taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
}

/**
 * One page of the audit trail for the admin, newest first: filtered by user, patient, note, a part
 * of the action (case aside), outcome and a time range; `before` (a seq) continues from the last
 * page. Uses the (column, seq) indexes of the migration for the id filters.
 */
export async function queryAuditTrail(db: Db, query: ParsedAuditQuery): Promise<AuditPage> {
  let q = db.kysely
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.user_id")
    .select([
      "audit_log.seq",
      "audit_log.at",
      "audit_log.user_id",
      "audit_log.role",
      "audit_log.action",
      "audit_log.patient_id",
      "audit_log.note_id",
      "audit_log.client_address",
      "audit_log.status",
      "audit_log.outcome",
      "audit_log.detail",
      "users.display_name",
      "users.email",
    ]);
  if (query.userId !== undefined) q = q.where("audit_log.user_id", "=", query.userId);
  if (query.patientId !== undefined) q = q.where("audit_log.patient_id", "=", query.patientId);
  if (query.noteId !== undefined) q = q.where("audit_log.note_id", "=", query.noteId);
  if (query.outcome !== undefined) q = q.where("audit_log.outcome", "=", query.outcome);
  if (query.action !== undefined) {
    // lower() on both engines: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
    q = q.where(
      sql<boolean>`lower(audit_log.action) like ${containsPattern(query.action)} escape '!'`,
    );
  }
  if (query.from !== undefined) q = q.where("audit_log.at", ">=", lowerBound(query.from));
  if (query.to !== undefined) {
    const to = upperBound(query.to);
    q = q.where("audit_log.at", to.inclusive ? "<=" : "<", to.value);
  }
  if (query.before !== undefined) q = q.where("audit_log.seq", "<", query.before);
  const rows = await q
    .orderBy("audit_log.seq", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const entries: AuditEntry[] = page.map((row) =>
    AuditEntrySchema.parse({
      seq: Number(row.seq),
      at: row.at,
      userId: row.user_id,
      userName:
        row.display_name === null || row.email === null
          ? null
          : `${row.display_name} (${row.email})`,
      role: row.role,
      action: row.action,
      patientId: row.patient_id,
      noteId: row.note_id,
      clientAddress: row.client_address,
      status: Number(row.status),
      outcome: row.outcome,
      detail: row.detail === null ? null : (JSON.parse(row.detail) as unknown),
    }),
  );
  return {
    entries,
    nextBefore: rows.length > query.limit ? (entries.at(-1)?.seq ?? null) : null,
  };
}
