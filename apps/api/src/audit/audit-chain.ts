import { createHash } from "node:crypto";
import type { AuditLogRow } from "../db/database.js";

/** prev_hash of the first row: there is no previous row. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields a row's hash covers: all of them but the hash itself. */
export type AuditRowContent = Omit<AuditLogRow, "hash">;

/**
 * SHA-256 (hex) of a row: its fields in a fixed order, as a JSON array (unambiguous, no separator
 * games), including prev_hash, so each row vouches for the whole trail before it.
 */
export function auditRowHash(row: AuditRowContent): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.user_id,
    row.role,
    row.action,
    row.patient_id,
    row.note_id,
    row.client_address,
    row.status,
    row.outcome,
    row.detail,
    row.prev_hash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainCheck =
  { intact: true; rows: number } | { intact: false; seq: number; reason: string };

/**
 * Walks rows in seq order and returns the first that breaks the chain: a gap in seq (a row
 * removed), a prev_hash that is not the previous row's hash (a row removed, inserted or re-hashed
 * before it), or a hash that does not match the row's content (the row itself changed).
 */
export async function checkChain(rows: AsyncIterable<AuditLogRow>): Promise<ChainCheck> {
  let count = 0;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for await (const row of rows) {
    if (row.seq !== expectedSeq) {
      return {
        intact: false,
        seq: row.seq,
        reason: `expected row ${expectedSeq} here: row${row.seq - expectedSeq > 1 ? "s" : ""} ${expectedSeq}${row.seq - expectedSeq > 1 ? `-${row.seq - 1}` : ""} missing`,
      };
    }
    if (row.prev_hash !== prevHash) {
      return {
        intact: false,
        seq: row.seq,
        reason: `its prev_hash is not the hash of row ${row.seq - 1} (row ${row.seq - 1} was changed or replaced)`,
      };
    }
    if (auditRowHash(row) !== row.hash) {
      return {
        intact: false,
        seq: row.seq,
        reason: "its content does not match its hash (the row was changed)",
      };
    }
    prevHash = row.hash;
    expectedSeq += 1;
    count += 1;
  }
  return { intact: true, rows: count };
}
