import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { Addendum } from "@tpi/schemas";

/** SHA-256 (hex) of the RFC 8785 canonical JSON of a value: the same bytes whatever the key order. */
export function canonicalSha256(value: unknown): string {
  return createHash("sha256")
    .update(canonicalize(value) ?? "null", "utf8")
    .digest("hex");
}

/** What an addendum's hash covers: every stored field but the hash itself (names are looked up). */
export type AddendumContent = Omit<Addendum, "authorName" | "sha256">;

/**
 * The addendum's link in the note's hash chain: the canonical JSON of its fields, previousSha256
 * included, so each addendum vouches for the note as signed and every addendum before it.
 */
export function addendumSha256(a: AddendumContent): string {
  return canonicalSha256({
    id: a.id,
    noteId: a.noteId,
    sequence: a.sequence,
    authorId: a.authorId,
    at: a.at,
    reason: a.reason,
    text: a.text,
    answersQueryId: a.answersQueryId,
    previousSha256: a.previousSha256,
  });
}

export type AddendaChainCheck =
  { intact: true } | { intact: false; sequence: number; reason: string };

/**
 * Walks a note's addenda in order from the signature's hash: each must follow the one before (sequence
 * without gaps, previousSha256 = the hash before it) and match its own content.
 */
export function checkAddendaChain(
  noteSha256: string,
  addenda: readonly Addendum[],
): AddendaChainCheck {
  let previous = noteSha256;
  for (const [i, a] of addenda.entries()) {
    if (a.sequence !== i + 1) {
      return { intact: false, sequence: a.sequence, reason: `expected addendum ${i + 1} here` };
    }
    if (a.previousSha256 !== previous) {
      return {
        intact: false,
        sequence: a.sequence,
        reason:
          i === 0
            ? "it does not follow the note's signature hash"
            : `it does not follow addendum ${i}`,
      };
    }
    if (addendumSha256(a) !== a.sha256) {
      return { intact: false, sequence: a.sequence, reason: "its content does not match its hash" };
    }
    previous = a.sha256;
  }
  return { intact: true };
}
