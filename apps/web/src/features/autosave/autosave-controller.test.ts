import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  NoteRecordSchema,
  NoteSchema,
  type Note,
  type NoteProvenance,
  type NoteRecord,
  type Problem,
} from "@tpi/schemas";
import { keepOnlyDraftsOf, readDraft } from "../../shared/local-drafts";
import { DEBOUNCE_MS } from "./autosave-machine";
import { createAutosave, type AutosaveTransport } from "./autosave-controller";

// The controller against a stand-in for the API that keeps the same contract as apps/api's note
// routes: versions, 409 version-conflict, refusals, and "no answer" while it is down. The real server
// and browser are exercised by e2e/tests/autosave.spec.ts; this checks the timing and the merge.

const USER = "u-physician";
const OTHER = "u-assistant";

class Refused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

function noteWith(location: string, heartRate: number | null = null): Note {
  return NoteSchema.parse({
    dateOfService: "2026-11-29",
    payerProfileId: "medicare-lcd-2024",
    history: { location },
    vitals: { heartRatePerMin: heartRate },
  });
}

/** The note routes' contract in memory: one note, optimistic versions, a switch to be unreachable. */
class NoteServer {
  record: NoteRecord;
  down = false;
  refuse: Problem | null = null;
  readonly puts: { version: number; note: Note }[] = [];
  private pending: (() => void)[] = [];
  /** When set, answers wait until `release()`. */
  hold = false;

  constructor(note: Note) {
    // Through the schema, so the record has every field today's server sends (defaults fill them).
    this.record = NoteRecordSchema.parse({
      id: "n1",
      patientId: "p1",
      status: "draft",
      version: 1,
      note,
      createdAt: "2026-11-29T10:00:00.000Z",
      createdBy: USER,
      updatedAt: "2026-11-29T10:00:00.000Z",
      updatedBy: USER,
      signedAt: null,
      signedBy: null,
      signedResult: null,
      carriedForward: null,
    });
  }

  /** Another user's save. */
  writeAs(userId: string, note: Note): void {
    this.record = {
      ...this.record,
      version: this.record.version + 1,
      note,
      updatedBy: userId,
      updatedAt: "2026-11-29T10:41:00.000Z",
    };
  }

  release(): void {
    const p = this.pending;
    this.pending = [];
    for (const r of p) r();
  }

  transport: AutosaveTransport = {
    save: (version, note) =>
      new Promise((resolve, reject) => {
        const answer = () => {
          if (this.down) {
            return reject(new Refused({ type: "about:blank#network", title: "x", status: 0 }));
          }
          this.puts.push({ version, note });
          if (this.refuse) return reject(new Refused(this.refuse));
          if (version !== this.record.version) {
            return reject(
              new Refused({
                type: "/problems/version-conflict",
                title: "Note changed since it was loaded",
                status: 409,
                currentVersion: this.record.version,
              }),
            );
          }
          this.writeAs(USER, note);
          resolve(this.record);
        };
        if (this.hold) this.pending.push(answer);
        else queueMicrotask(answer);
      }),
    load: () =>
      this.down
        ? Promise.reject(new Refused({ type: "about:blank#network", title: "x", status: 0 }))
        : Promise.resolve(this.record),
    provenance: (): Promise<NoteProvenance> =>
      Promise.resolve({
        sections: {
          history: {
            userId: this.record.updatedBy,
            displayName:
              this.record.updatedBy === OTHER ? "Demo Medical Assistant" : "Demo Physician",
            role: "medical-assistant",
            at: this.record.updatedAt,
            version: this.record.version,
          },
        },
      }),
  };
}

/** The form's values as a plain object the test types into. */
function fakeForm(initial: Note) {
  let values: Record<string, unknown> = structuredClone(initial);
  return {
    getValues: () => values,
    setValues: (v: Record<string, unknown>) => {
      values = structuredClone(v);
    },
    type(location: string) {
      values = { ...values, history: { ...(values.history as object), location } };
    },
    get location() {
      return (values.history as { location: string }).location;
    },
  };
}

function setup(note = noteWith("neck")) {
  const server = new NoteServer(note);
  const form = fakeForm(note);
  const autosave = createAutosave({
    record: server.record,
    userId: USER,
    form,
    transport: server.transport,
    storage: localStorage,
  });
  autosave.start();
  const type = (text: string) => {
    form.type(text);
    autosave.edited();
  };
  return { server, form, autosave, type };
}

describe("autosave controller", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    keepOnlyDraftsOf(USER, localStorage);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves once, DEBOUNCE_MS after the last keystroke, and shows Saved", async () => {
    const { server, autosave, type } = setup();
    type("n");
    type("ne");
    type("nec");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(server.puts).toHaveLength(0);
    expect(autosave.getView().status.kind).toBe("unsaved");
    await vi.advanceTimersByTimeAsync(1);
    expect(server.puts).toHaveLength(1);
    expect(server.puts[0]!.note.history.location).toBe("nec");
    expect(autosave.getView().status.kind).toBe("saved");
  });

  it("keystrokes typed while a save is in flight reach the server in the next save, on the new version", async () => {
    const { server, autosave, type } = setup();
    server.hold = true;
    type("neck, right");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(autosave.getView().status.kind).toBe("saving");
    type("neck, right shoulder");
    server.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getView().status.kind).toBe("unsaved");
    server.hold = false;
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.puts.map((p) => [p.version, p.note.history.location])).toEqual([
      [1, "neck, right"],
      [2, "neck, right shoulder"],
    ]);
    expect(server.record.version).toBe(3);
    expect(autosave.getView().status.kind).toBe("saved");
  });

  it("keeps the changes in the browser until the server acknowledges them, then drops them", async () => {
    const { server, type } = setup();
    server.down = true;
    type("shoulder");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(readDraft(localStorage, USER, "n1")?.values).toMatchObject({
      history: { location: "shoulder" },
    });
    server.down = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.record.note.history.location).toBe("shoulder");
    expect(readDraft(localStorage, USER, "n1")).toBeNull();
  });

  it("offline: says so, retries with backoff, and sends when the server is back without any action", async () => {
    const { server, autosave, type } = setup();
    server.down = true;
    type("lower back");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(autosave.getView().status.kind).toBe("offline");
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(autosave.getView().status.kind).toBe("offline");
    server.down = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(server.record.note.history.location).toBe("lower back");
    expect(autosave.getView().status.kind).toBe("saved");
  });

  it("restores changes kept by an earlier visit, says so, and saves them", async () => {
    const first = setup();
    first.server.down = true;
    first.type("kept while offline");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    first.autosave.stop();

    // The tab is reopened: a new controller on the note as the server still has it.
    const form = fakeForm(first.server.record.note);
    first.server.down = false;
    const again = createAutosave({
      record: first.server.record,
      userId: USER,
      form,
      transport: first.server.transport,
      storage: localStorage,
    });
    again.start();
    expect(form.location).toBe("kept while offline");
    expect(again.getView().notice?.kind).toBe("restored");
    await vi.advanceTimersByTimeAsync(0);
    expect(first.server.record.note.history.location).toBe("kept while offline");
  });

  it("never restores another user's kept changes", async () => {
    const first = setup();
    first.server.down = true;
    first.type("physician's words");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    first.autosave.stop();
    const form = fakeForm(first.server.record.note);
    const other = createAutosave({
      record: first.server.record,
      userId: OTHER,
      form,
      transport: first.server.transport,
      storage: localStorage,
    });
    other.start();
    expect(form.location).toBe("neck");
    expect(other.getView().notice).toBeNull();
  });

  it("someone saved another section meanwhile: merged without asking, named, and saved on their version", async () => {
    const { server, autosave, form, type } = setup();
    server.writeAs(OTHER, noteWith("neck", 76));
    type("neck and shoulder");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.getView().conflict).toBeNull();
    expect(form.getValues()).toMatchObject({
      history: { location: "neck and shoulder" },
      vitals: { heartRatePerMin: 76 },
    });
    const notice = autosave.getView().notice;
    expect(notice).toMatchObject({ kind: "merged", theirs: ["vitals"] });
    await vi.advanceTimersByTimeAsync(10);
    expect(server.record.version).toBe(3);
    expect(server.record.note.history.location).toBe("neck and shoulder");
    expect(server.record.note.vitals.heartRatePerMin).toBe(76);
  });

  it("a clash in one section waits for the user's choice, names who changed it, and saves the choice", async () => {
    const { server, autosave, type } = setup();
    server.writeAs(OTHER, noteWith("hip"));
    type("shoulder");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(0);
    const conflict = autosave.getView().conflict;
    expect(conflict?.merge.clashes).toEqual(["history"]);
    expect(conflict?.changedBy).toBe("Demo Medical Assistant");
    expect(conflict?.sectionAuthors).toEqual({ history: "Demo Medical Assistant" });
    // Nothing is saved until the choice.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.record.note.history.location).toBe("hip");
    autosave.resolveConflict({});
    expect(autosave.getView().conflict).not.toBeNull();
    autosave.resolveConflict({ history: "mine" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.record.note.history.location).toBe("shoulder");
    expect(server.record.version).toBe(3);
  });

  it("a 403 is shown once and not retried on its own", async () => {
    const { server, autosave, type } = setup();
    server.refuse = {
      type: "/problems/forbidden",
      title: "Forbidden",
      status: 403,
      detail: "A medical assistant may not change the section procedure.",
    };
    type("x");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.puts).toHaveLength(1);
    expect(autosave.getView().status).toEqual({
      kind: "refused",
      refusal: {
        kind: "forbidden",
        message: "A medical assistant may not change the section procedure.",
      },
    });
  });

  it("flush resolves true once saved, false at once when the server cannot be reached", async () => {
    const { server, autosave, type } = setup();
    type("a");
    const saved = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(saved).resolves.toBe(true);
    server.down = true;
    type("b");
    const offline = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    await expect(offline).resolves.toBe(false);
  });

  it("a record from another action (hand-over) becomes the base: the next save is no conflict", async () => {
    const { server, autosave, type } = setup();
    type("neck, right");
    const saved = autosave.saveForAction();
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved).toBe(2);
    // The server bumps the version for a hand-over without changing the content.
    server.writeAs(USER, server.record.note);
    autosave.adopt(server.record);
    expect(autosave.getView().version).toBe(3);
    type("neck and back");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(server.puts.at(-1)?.version).toBe(3);
    expect(autosave.getView().conflict).toBeNull();
    expect(server.record.note.history.location).toBe("neck and back");
  });
});
