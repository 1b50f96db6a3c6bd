import type { Problem } from "@tpi/schemas";
import type { SaveOutcome } from "./autosave-machine";

/** The problem types the API answers a refused save with (apps/api/src/http/problem.ts). */
const VERSION_CONFLICT = "/problems/version-conflict";
const NOTE_SIGNED = "/problems/note-signed";

/**
 * What a failed save means for autosave. The web app's HTTP client throws errors that carry the HTTP
 * status (0 when there was no answer) and the problem body; they are read by shape so this module
 * needs nothing from the API client.
 *
 * Retried (the server is away or restarting): no answer, 502, 503, 504, 500. Everything else is an
 * answer that retrying would only repeat, so it is shown and waits for the user.
 */
export function classifyFailure(error: unknown): Exclude<SaveOutcome, { kind: "saved" }> {
  const problem = problemOf(error);
  if (problem === null) {
    // Not an HTTP failure at all (a bug): shown, not retried in a loop.
    const message = error instanceof Error ? error.message : "The note could not be saved.";
    return { kind: "refused", refusal: { kind: "failed", message } };
  }
  const { status } = problem;
  const type = problem.type;
  if (status === 0 || status >= 500) return { kind: "unreachable" };
  if (status === 409 && type.endsWith(NOTE_SIGNED)) {
    return { kind: "refused", refusal: { kind: "signed" } };
  }
  if (status === 409 && type.endsWith(VERSION_CONFLICT)) return { kind: "stale" };
  if (status === 401) return { kind: "refused", refusal: { kind: "signed-out" } };
  const message = problem.detail ?? problem.title;
  if (status === 403) return { kind: "refused", refusal: { kind: "forbidden", message } };
  if (status === 400 || status === 422) {
    const fieldErrors = (problem.errors ?? []).map(({ path, message: m }) => ({
      path,
      message: m,
    }));
    return { kind: "refused", refusal: { kind: "invalid", message, fieldErrors } };
  }
  // A 409 of a kind this app does not know (a status the note cannot be saved in): not retried.
  return { kind: "refused", refusal: { kind: "failed", message } };
}

function problemOf(error: unknown): Problem | null {
  if (error === null || typeof error !== "object" || !("problem" in error)) return null;
  const problem = error.problem;
  if (problem === null || typeof problem !== "object") return null;
  const p = problem as Partial<Problem>;
  if (typeof p.status !== "number" || typeof p.type !== "string" || typeof p.title !== "string") {
    return null;
  }
  return p as Problem;
}
