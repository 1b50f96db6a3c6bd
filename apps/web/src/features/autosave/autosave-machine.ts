/**
 * The autosave state machine: pure, synchronous, no timers and no I/O. The controller
 * (autosave-controller.ts) feeds it events with the time they happened and asks it what to do next;
 * everything about when to save, whether to retry and when to stop lives here, so it is tested as a
 * table of events.
 *
 * Local changes are counted (`revision`); a save carries the revision it was read at, and the server's
 * answer acknowledges exactly that revision. Changes typed while a save is in flight raise `revision`
 * past it, so the note stays dirty and the next save (built on the version the server just returned)
 * carries them: nothing typed is lost and versions chain one after another.
 */

/** A save starts this long after the last change. */
export const DEBOUNCE_MS = 1500;
/** The first retry after the server could not be reached; each further failure doubles it. */
export const RETRY_FIRST_MS = 1000;
/** Retries never wait longer than this, so a restarted server gets the changes within seconds. */
export const RETRY_MAX_MS = 8000;

/** Why the server refused a save in a way retrying cannot fix: shown plainly, never retried on its own. */
export type Refusal =
  /** 409 /problems/note-signed: the note is signed and never changes again. */
  | { kind: "signed" }
  /** 403: this role may not change (a section of) the note; the server's detail names it. */
  | { kind: "forbidden"; message: string }
  /** 401: the session ended. */
  | { kind: "signed-out" }
  /** 400: the server found fields it does not accept. */
  | { kind: "invalid"; message: string; fieldErrors: readonly { path: string; message: string }[] }
  /** Anything else the server answered (404, 413, ...). */
  | { kind: "failed"; message: string };

/** What became of one save. */
export type SaveOutcome =
  | { kind: "saved"; version: number; at: string }
  /** No answer, or a 5xx: the server is down or restarting. Retried with backoff. */
  | { kind: "unreachable" }
  /** 409 /problems/version-conflict: someone saved a newer version; the changes must be merged. */
  | { kind: "stale" }
  | { kind: "refused"; refusal: Refusal };

export type AutosaveState = {
  /** The server version the next save builds on (the last one acknowledged or merged onto). */
  readonly version: number;
  /** Counts local changes. */
  readonly revision: number;
  /** The newest revision the server holds. `revision > savedRevision` means unsaved changes. */
  readonly savedRevision: number;
  /** The revision of the save on the wire, if one is. */
  readonly inFlight: number | null;
  /** When the next save may start (epoch ms), or null when none is wanted yet. */
  readonly dueAt: number | null;
  /** Time of the last change (epoch ms), for the debounce after a save that ran while typing. */
  readonly lastEditAt: number;
  /** When the server last acknowledged a save (its updatedAt), for "Saved 10:42". */
  readonly savedAt: string;
  /** Consecutive failures to reach the server; 0 when it answered last. */
  readonly failures: number;
  /** A newer version was saved by someone else: saving waits until the changes are merged. */
  readonly conflict: boolean;
  /** The server refused the last save in a way retrying cannot fix. */
  readonly refusal: Refusal | null;
  /** A field path holding the values back from being a valid note (nothing is sent until it is). */
  readonly heldBy: string | null;
};

export type AutosaveEvent =
  /** The form's values changed (one keystroke, a pick, a row added). */
  | { type: "edited"; now: number }
  /** Focus left a field: save now rather than after the pause. */
  | { type: "field-left"; now: number }
  /** Save button, Ctrl+S, leaving the page, the browser coming back online: save now, retry now. */
  | { type: "save-requested"; now: number }
  /** The values do not parse as a note (a required field is empty); nothing was sent. */
  | { type: "held"; path: string }
  /** The values equal what the server holds: nothing to send, nothing unsaved. */
  | { type: "unchanged"; revision: number }
  | { type: "save-started"; revision: number }
  | { type: "save-finished"; revision: number; outcome: SaveOutcome; now: number }
  /** The server moved the note to `version` by another action (hand-over, status): same content. */
  | { type: "adopted"; version: number; at: string }
  /** The changes were merged onto the newer version `version`; a save of the merge follows if needed. */
  | { type: "merged"; version: number; now: number; needsSave: boolean };

/** The state of a note just loaded (or restored from the browser, when `restored` holds changes). */
export function initialState(version: number, savedAt: string, restored = false): AutosaveState {
  return {
    version,
    revision: restored ? 1 : 0,
    savedRevision: 0,
    inFlight: null,
    dueAt: restored ? 0 : null,
    lastEditAt: 0,
    savedAt,
    failures: 0,
    conflict: false,
    refusal: null,
    heldBy: null,
  };
}

export function hasUnsavedChanges(state: AutosaveState): boolean {
  return state.revision > state.savedRevision;
}

/** How long to wait after `failures` consecutive failures to reach the server: 1 s, 2 s, 4 s, 8 s, 8 s… */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, failures - 1));
}

/** The earliest a save may start, given a wish to save at `wanted`: never before a pending retry. */
function notBeforeRetry(wanted: number, retryAt: number | null): number {
  return retryAt === null ? wanted : Math.max(wanted, retryAt);
}

/** A refusal an edit may cure (the user changes what was refused, or signs in again elsewhere). */
function curedByEditing(refusal: Refusal | null): boolean {
  return refusal !== null && refusal.kind !== "signed";
}

export function step(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case "edited": {
      const refusal = curedByEditing(state.refusal) ? null : state.refusal;
      const retryAt = state.failures > 0 ? (state.dueAt ?? event.now) : null;
      return {
        ...state,
        revision: state.revision + 1,
        lastEditAt: event.now,
        refusal,
        heldBy: null,
        dueAt: notBeforeRetry(event.now + DEBOUNCE_MS, retryAt),
      };
    }
    case "field-left": {
      if (!hasUnsavedChanges(state)) return state;
      const retryAt = state.failures > 0 ? (state.dueAt ?? event.now) : null;
      return { ...state, dueAt: notBeforeRetry(event.now, retryAt) };
    }
    case "save-requested": {
      const refusal = curedByEditing(state.refusal) ? null : state.refusal;
      return { ...state, refusal, dueAt: event.now };
    }
    case "held":
      return { ...state, heldBy: event.path, dueAt: null };
    case "unchanged":
      return {
        ...state,
        savedRevision: Math.max(state.savedRevision, event.revision),
        dueAt: event.revision >= state.revision ? null : state.dueAt,
      };
    case "save-started":
      return { ...state, inFlight: event.revision, heldBy: null, dueAt: null };
    case "save-finished":
      return finished({ ...state, inFlight: null }, event.revision, event.outcome, event.now);
    case "adopted":
      return { ...state, version: event.version, savedAt: event.at, conflict: false };
    case "merged":
      return {
        ...state,
        version: event.version,
        conflict: false,
        dueAt: event.needsSave ? event.now : null,
        // A merge that equals the newer version leaves nothing to send.
        savedRevision: event.needsSave ? state.savedRevision : state.revision,
      };
  }
}

function finished(
  state: AutosaveState,
  revision: number,
  outcome: SaveOutcome,
  now: number,
): AutosaveState {
  switch (outcome.kind) {
    case "saved": {
      const next = {
        ...state,
        version: outcome.version,
        savedRevision: Math.max(state.savedRevision, revision),
        savedAt: outcome.at,
        failures: 0,
        refusal: null,
      };
      // Typed while the save was on the wire: save again once the typing pauses.
      return {
        ...next,
        dueAt: hasUnsavedChanges(next) ? Math.max(now, state.lastEditAt + DEBOUNCE_MS) : null,
      };
    }
    case "unreachable": {
      const failures = state.failures + 1;
      return { ...state, failures, dueAt: now + retryDelay(failures) };
    }
    case "stale":
      return { ...state, failures: 0, conflict: true, dueAt: null };
    case "refused":
      return { ...state, failures: 0, refusal: outcome.refusal, dueAt: null };
  }
}

/** Whether a save should start now. */
export function isSaveDue(state: AutosaveState, now: number): boolean {
  return nextSaveAt(state) !== null && now >= (state.dueAt ?? Infinity);
}

/** When the controller should next wake up to save, or null when nothing is to be done. */
export function nextSaveAt(state: AutosaveState): number | null {
  if (state.dueAt === null || state.inFlight !== null) return null;
  if (state.conflict || state.refusal !== null) return null;
  if (!hasUnsavedChanges(state)) return null;
  return state.dueAt;
}

/** What the save indicator shows. */
export type SaveStatus =
  | { kind: "saved"; at: string }
  | { kind: "unsaved" }
  | { kind: "saving" }
  /** The server could not be reached; the changes are kept in the browser and retried. */
  | { kind: "offline" }
  | { kind: "held"; path: string }
  | { kind: "conflict" }
  | { kind: "refused"; refusal: Refusal };

export function statusOf(state: AutosaveState): SaveStatus {
  if (state.refusal) return { kind: "refused", refusal: state.refusal };
  if (state.conflict) return { kind: "conflict" };
  if (state.inFlight !== null) return state.failures > 0 ? { kind: "offline" } : { kind: "saving" };
  if (state.failures > 0 && hasUnsavedChanges(state)) return { kind: "offline" };
  if (state.heldBy !== null && hasUnsavedChanges(state)) {
    return { kind: "held", path: state.heldBy };
  }
  if (hasUnsavedChanges(state)) return { kind: "unsaved" };
  return { kind: "saved", at: state.savedAt };
}
