import { dequal } from "dequal/lite";
import {
  EDITABLE_STATUSES,
  NoteSchema,
  type Note,
  type NoteProvenance,
  type NoteRecord,
} from "@tpi/schemas";
import { dropDraft, keepDraft, readDraft } from "../../shared/local-drafts";
import {
  hasUnsavedChanges,
  initialState,
  isSaveDue,
  nextSaveAt,
  statusOf,
  step,
  type AutosaveEvent,
  type AutosaveState,
  type SaveStatus,
} from "./autosave-machine";
import { classifyFailure } from "./classify-failure";
import { applyMerge, mergeSections, type SectionMerge, type Side } from "./section-merge";

/** How the controller reaches the server; the editor wires these to the API client. */
export type AutosaveTransport = {
  save: (version: number, note: Note) => Promise<NoteRecord>;
  load: () => Promise<NoteRecord>;
  provenance: () => Promise<NoteProvenance>;
};

/** What the controller needs of the form. */
export type AutosaveForm = {
  getValues: () => Record<string, unknown>;
  /** Replaces the form's values (a restore or a merge), keeping what counts as the loaded note. */
  setValues: (values: Record<string, unknown>) => void;
};

export type AutosaveOptions = {
  record: NoteRecord;
  /** The signed-in user: kept changes are theirs only. Undefined keeps nothing in the browser. */
  userId: string | undefined;
  form: AutosaveForm;
  transport: AutosaveTransport;
  /** Where unacknowledged changes are kept; null when the browser offers no storage. */
  storage: Storage | null;
  /** After every save the server acknowledged. */
  onSaved?: (record: NoteRecord) => void;
  now?: () => number;
};

/** A save refused because someone saved a newer version, waiting for the user's choice per section. */
export type ConflictView = {
  latest: NoteRecord;
  merge: SectionMerge;
  /** Who saved the newer version, by display name when the provenance says. */
  changedBy: string | null;
  /** Per clashing section, who changed it on the other side. */
  sectionAuthors: Readonly<Record<string, string>>;
  /** The values on each side, for showing what differs. */
  mine: Readonly<Record<string, unknown>>;
};

export type AutosaveNotice =
  | { kind: "restored"; keptAt: string }
  | {
      kind: "merged";
      changedBy: string | null;
      theirs: readonly string[];
      chosen: readonly string[];
    };

export type AutosaveView = {
  status: SaveStatus;
  /** The server version the next save builds on. */
  version: number;
  unsaved: boolean;
  conflict: ConflictView | null;
  notice: AutosaveNotice | null;
  /** The browser refused to keep the changes (storage full or disabled): leaving would lose them. */
  notKeptLocally: boolean;
};

/** The events after which a save has an outcome a waiting flush() can be told. */
const SETTLING = new Set<AutosaveEvent["type"]>(["save-finished", "held", "unchanged", "merged"]);

/** How long after a change the browser copy is written (a pagehide writes at once). */
const KEEP_LOCAL_MS = 300;

/**
 * Drives the autosave state machine: timers, the save requests, the browser copy of unacknowledged
 * changes and the three-way merge after a conflict. Framework-free; `use-autosave.ts` wraps it for
 * React. Its view changes only when what the user sees changes, never on a keystroke alone.
 */
export function createAutosave(options: AutosaveOptions) {
  const { record, userId, form, transport, storage } = options;
  const now = options.now ?? Date.now;
  let state: AutosaveState = initialState(record.version, record.updatedAt);
  /** The note the server holds at `state.version`: the base of a three-way merge. */
  let acknowledged: Note = record.note;
  let conflict: ConflictView | null = null;
  let notice: AutosaveNotice | null = null;
  let notKeptLocally = false;
  let view: AutosaveView = makeView();
  const listeners = new Set<() => void>();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let saveTimerAt = Infinity;
  let keepTimer: ReturnType<typeof setTimeout> | null = null;
  /** True while the controller itself writes the form (restore, merge): not a user's edit. */
  let applying = false;
  let stopped = false;
  const settledWaiters = new Set<(saved: boolean) => void>();

  function makeView(): AutosaveView {
    return {
      status: statusOf(state),
      version: state.version,
      unsaved: hasUnsavedChanges(state),
      conflict,
      notice,
      notKeptLocally,
    };
  }

  function publish(): void {
    const next = makeView();
    if (
      dequal(next.status, view.status) &&
      next.version === view.version &&
      next.unsaved === view.unsaved &&
      next.conflict === view.conflict &&
      next.notice === view.notice &&
      next.notKeptLocally === view.notKeptLocally
    ) {
      return;
    }
    view = next;
    for (const listener of listeners) listener();
  }

  function dispatch(event: AutosaveEvent): void {
    state = step(state, event);
    schedule();
    publish();
    if (SETTLING.has(event.type)) settleWaiters();
  }

  /** One timer, armed for the earliest wanted save; a later wish waits for it to re-check. */
  function schedule(): void {
    if (stopped) return;
    const at = nextSaveAt(state);
    if (at === null) {
      if (saveTimer !== null) clearTimeout(saveTimer);
      saveTimer = null;
      saveTimerAt = Infinity;
      return;
    }
    if (saveTimer !== null && saveTimerAt <= at) return;
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimerAt = at;
    saveTimer = setTimeout(wake, Math.max(0, at - now()));
  }

  function wake(): void {
    saveTimer = null;
    saveTimerAt = Infinity;
    if (isSaveDue(state, now())) void runSave();
    else schedule();
  }

  function keepLocal(): void {
    if (keepTimer !== null) clearTimeout(keepTimer);
    keepTimer = null;
    if (!storage || userId === undefined || stopped) return;
    if (!hasUnsavedChanges(state)) return;
    const kept = keepDraft(storage, {
      userId,
      noteId: record.id,
      version: state.version,
      base: acknowledged,
      values: form.getValues(),
      keptAt: new Date(now()).toISOString(),
    });
    if (kept === notKeptLocally) {
      notKeptLocally = !kept;
      publish();
    }
  }

  function dropLocal(): void {
    if (storage && userId !== undefined) dropDraft(storage, userId, record.id);
  }

  async function runSave(): Promise<void> {
    const revision = state.revision;
    const values = form.getValues();
    const parsed = NoteSchema.safeParse(values);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.map(String).join(".") ?? "";
      keepLocal();
      dispatch({ type: "held", path });
      return;
    }
    if (dequal(parsed.data, acknowledged)) {
      dispatch({ type: "unchanged", revision });
      if (!hasUnsavedChanges(state)) dropLocal();
      return;
    }
    // Kept before sending: the answer may never come (the tab closes, the server is gone).
    keepLocal();
    dispatch({ type: "save-started", revision });
    try {
      const saved = await transport.save(state.version, parsed.data);
      acknowledged = saved.note;
      finishSave(revision, { kind: "saved", version: saved.version, at: saved.updatedAt });
      options.onSaved?.(saved);
    } catch (error) {
      const outcome = classifyFailure(error);
      if (outcome.kind === "stale") await onStale(revision);
      else finishSave(revision, outcome);
    }
  }

  function finishSave(
    revision: number,
    outcome: Extract<AutosaveEvent, { type: "save-finished" }>["outcome"],
  ): void {
    dispatch({ type: "save-finished", revision, outcome, now: now() });
    // Acknowledged and nothing newer: the browser copy has done its job. Otherwise it moves onto the
    // version just saved.
    if (!hasUnsavedChanges(state)) dropLocal();
    else keepLocal();
  }

  /** Someone saved a newer version: fetch it, merge what does not clash, ask about the rest. */
  async function onStale(revision: number): Promise<void> {
    let latest: NoteRecord;
    let provenance: NoteProvenance | null;
    try {
      [latest, provenance] = await Promise.all([
        transport.load(),
        transport.provenance().catch(() => null),
      ]);
    } catch {
      finishSave(revision, { kind: "unreachable" });
      return;
    }
    // Signed (or coded, discarded) since: it never changes again.
    if (!EDITABLE_STATUSES.includes(latest.status)) {
      finishSave(revision, { kind: "refused", refusal: { kind: "signed" } });
      return;
    }
    finishSave(revision, { kind: "stale" });
    const mine = form.getValues();
    const merge = mergeSections(acknowledged, mine, latest.note);
    const changedBy = authorName(provenance, latest.updatedBy);
    if (merge.clashes.length === 0) {
      applyResolution(latest, merge, {}, changedBy);
      return;
    }
    const sectionAuthors: Record<string, string> = {};
    for (const key of merge.clashes) {
      const author = provenance?.sections[key];
      if (author && author.version > state.version) sectionAuthors[key] = author.displayName;
    }
    conflict = { latest, merge, changedBy, sectionAuthors, mine };
    publish();
  }

  function applyResolution(
    latest: NoteRecord,
    merge: SectionMerge,
    choices: Readonly<Record<string, Side>>,
    changedBy: string | null,
  ): void {
    const mine = form.getValues();
    const merged = applyMerge(merge, mine, latest.note, choices);
    acknowledged = latest.note;
    conflict = null;
    applying = true;
    try {
      form.setValues(merged);
    } finally {
      applying = false;
    }
    notice = {
      kind: "merged",
      changedBy,
      theirs: [...merge.theirsOnly, ...merge.clashes.filter((key) => choices[key] === "theirs")],
      chosen: merge.clashes,
    };
    const needsSave =
      merge.mineOnly.length > 0 || merge.clashes.some((key) => choices[key] === "mine");
    dispatch({ type: "merged", version: latest.version, now: now(), needsSave });
    if (!hasUnsavedChanges(state)) dropLocal();
    else keepLocal();
  }

  /** After a save's outcome: whoever waits for "everything saved" learns yes, or no as soon as it cannot be. */
  function settleWaiters(): void {
    if (settledWaiters.size === 0) return;
    let saved: boolean;
    if (!hasUnsavedChanges(state)) saved = true;
    else if (state.failures > 0 || state.conflict || state.refusal || state.heldBy !== null) {
      saved = false;
    } else return; // more changes typed meanwhile: their save follows
    for (const w of settledWaiters) w(saved);
    settledWaiters.clear();
  }

  const api = {
    /** Puts back changes kept by an earlier visit, and starts saving them. Call once, after mount. */
    start(): void {
      stopped = false;
      if (!storage || userId === undefined) return;
      const draft = readDraft(storage, userId, record.id);
      if (draft === null) return;
      if (draft.version > record.version || dequal(draft.values, record.note)) {
        dropLocal();
        return;
      }
      // Made on an older version than the one loaded: the save will meet a conflict and merge with
      // the draft's own base, exactly as if the page had never closed.
      acknowledged = draft.base;
      state = initialState(draft.version, record.updatedAt, true);
      applying = true;
      try {
        form.setValues(draft.values);
      } finally {
        applying = false;
      }
      notice = { kind: "restored", keptAt: draft.keptAt };
      schedule();
      publish();
    },

    /**
     * Stops timers (the editor unmounts). The browser copy was written by the last change's timer, a
     * pagehide or the leave dialog; writing it here again would bring changes back after a sign-out.
     */
    stop(): void {
      stopped = true;
      if (saveTimer !== null) clearTimeout(saveTimer);
      if (keepTimer !== null) clearTimeout(keepTimer);
      saveTimer = null;
      keepTimer = null;
    },

    /** Whether the server lacks some of the changes (a leave guard's question). */
    hasUnsavedChanges(): boolean {
      return hasUnsavedChanges(state);
    },

    /** The form changed. Called on every keystroke: only counts and (re)schedules. */
    edited(): void {
      if (applying || stopped) return;
      dispatch({ type: "edited", now: now() });
      keepTimer ??= setTimeout(keepLocal, KEEP_LOCAL_MS);
    },

    fieldLeft(): void {
      if (hasUnsavedChanges(state)) dispatch({ type: "field-left", now: now() });
    },

    /** Save now (the Save button, Ctrl+S, the browser back online). */
    saveNow(): void {
      dispatch({ type: "save-requested", now: now() });
    },

    /**
     * Saves now and resolves true once the server holds everything, false as soon as it cannot
     * (offline, refused, a conflict, a field holding the note back).
     */
    flush(): Promise<boolean> {
      if (!hasUnsavedChanges(state)) return Promise.resolve(true);
      dispatch({ type: "save-requested", now: now() });
      // Nothing will be tried (a conflict to decide, a signed note): no need to wait.
      if (state.inFlight === null && nextSaveAt(state) === null) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => settledWaiters.add(resolve));
    },

    /**
     * Saves now and answers the version the server then holds (null if it could not be saved): for
     * actions that act on the note as it is on screen (hand-over, signing).
     */
    async saveForAction(): Promise<number | null> {
      return (await api.flush()) ? state.version : null;
    },

    /**
     * A record the server returned from another action on this note (hand-over, a status change):
     * its version becomes the base of the next save, so that save does not meet its own action as a
     * conflict. Changes typed since stay unsaved and go in that save.
     */
    adopt(next: NoteRecord): void {
      if (next.id !== record.id || next.version <= state.version) return;
      acknowledged = next.note;
      dispatch({ type: "adopted", version: next.version, at: next.updatedAt });
      if (!hasUnsavedChanges(state)) dropLocal();
    },

    /** Writes the browser copy at once (the page is being hidden or closed). */
    keepNow(): void {
      keepLocal();
    },

    /** The user's choice for each clashing section; merges and saves. */
    resolveConflict(choices: Readonly<Record<string, Side>>): void {
      if (!conflict) return;
      const { latest, changedBy } = conflict;
      // Recomputed with the values now: the choice is made on what is in the form.
      const merge = mergeSections(acknowledged, form.getValues(), latest.note);
      if (merge.clashes.some((key) => choices[key] === undefined)) return;
      applyResolution(latest, merge, choices, changedBy);
    },

    dismissNotice(): void {
      notice = null;
      publish();
    },

    // Arrow functions: useSyncExternalStore calls them detached from this object.
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    getView: (): AutosaveView => view,
  };
  return api;
}

export type Autosave = ReturnType<typeof createAutosave>;

function authorName(provenance: NoteProvenance | null, userId: string): string | null {
  if (!provenance) return null;
  for (const author of Object.values(provenance.sections)) {
    if (author.userId === userId) return author.displayName;
  }
  return null;
}
