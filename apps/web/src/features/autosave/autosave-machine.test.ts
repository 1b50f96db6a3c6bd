import { describe, expect, it } from "vitest";
import {
  DEBOUNCE_MS,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  hasUnsavedChanges,
  initialState,
  isSaveDue,
  nextSaveAt,
  retryDelay,
  statusOf,
  step,
  type AutosaveEvent,
  type AutosaveState,
} from "./autosave-machine";

const LOADED_AT = "2026-11-29T10:00:00.000Z";

function run(events: AutosaveEvent[], from: AutosaveState = initialState(1, LOADED_AT)) {
  return events.reduce(step, from);
}

describe("autosave machine: when a save starts", () => {
  it("a change is saved DEBOUNCE_MS after the last change, not before (at the limit, one under)", () => {
    const s = run([{ type: "edited", now: 1000 }]);
    expect(nextSaveAt(s)).toBe(1000 + DEBOUNCE_MS);
    expect(isSaveDue(s, 1000 + DEBOUNCE_MS - 1)).toBe(false);
    expect(isSaveDue(s, 1000 + DEBOUNCE_MS)).toBe(true);
  });

  it("each further change pushes the save back: typing never saves mid-word", () => {
    const s = run([
      { type: "edited", now: 1000 },
      { type: "edited", now: 2000 },
    ]);
    expect(isSaveDue(s, 1000 + DEBOUNCE_MS)).toBe(false);
    expect(nextSaveAt(s)).toBe(2000 + DEBOUNCE_MS);
  });

  it("leaving a field saves at once", () => {
    const s = run([
      { type: "edited", now: 1000 },
      { type: "field-left", now: 1100 },
    ]);
    expect(isSaveDue(s, 1100)).toBe(true);
  });

  it("leaving a field with nothing unsaved asks for no save", () => {
    const s = run([{ type: "field-left", now: 1100 }]);
    expect(nextSaveAt(s)).toBeNull();
  });

  it("nothing changed: nothing to save, status Saved with the loaded time", () => {
    const s = initialState(3, LOADED_AT);
    expect(nextSaveAt(s)).toBeNull();
    expect(statusOf(s)).toEqual({ kind: "saved", at: LOADED_AT });
  });

  it("restored changes are saved at once", () => {
    const s = initialState(3, LOADED_AT, true);
    expect(hasUnsavedChanges(s)).toBe(true);
    expect(isSaveDue(s, 0)).toBe(true);
  });
});

describe("autosave machine: changes typed while a save is in flight", () => {
  it("stay unsaved after the answer, and the next save builds on the version just returned", () => {
    const s = run([
      { type: "edited", now: 0 },
      { type: "save-started", revision: 1 },
      { type: "edited", now: 1600 },
      { type: "edited", now: 1700 },
      {
        type: "save-finished",
        revision: 1,
        outcome: { kind: "saved", version: 2, at: "t2" },
        now: 1800,
      },
    ]);
    expect(hasUnsavedChanges(s)).toBe(true);
    expect(s.version).toBe(2);
    expect(statusOf(s)).toEqual({ kind: "unsaved" });
    // Once the typing has paused for the debounce.
    expect(nextSaveAt(s)).toBe(1700 + DEBOUNCE_MS);
  });

  it("no second save starts while one is on the wire", () => {
    const s = run([
      { type: "edited", now: 0 },
      { type: "save-started", revision: 1 },
      { type: "edited", now: 10 },
      { type: "field-left", now: 20 },
    ]);
    expect(nextSaveAt(s)).toBeNull();
    expect(statusOf(s)).toEqual({ kind: "saving" });
  });

  it("a save that covered every change leaves nothing unsaved and shows its time", () => {
    const s = run([
      { type: "edited", now: 0 },
      { type: "save-started", revision: 1 },
      {
        type: "save-finished",
        revision: 1,
        outcome: { kind: "saved", version: 2, at: "t2" },
        now: 100,
      },
    ]);
    expect(hasUnsavedChanges(s)).toBe(false);
    expect(statusOf(s)).toEqual({ kind: "saved", at: "t2" });
    expect(nextSaveAt(s)).toBeNull();
  });
});

describe("autosave machine: the server cannot be reached", () => {
  const offline = (failures: number): AutosaveEvent[] => {
    const events: AutosaveEvent[] = [{ type: "edited", now: 0 }];
    for (let i = 1; i <= failures; i++) {
      events.push({ type: "save-started", revision: 1 });
      events.push({
        type: "save-finished",
        revision: 1,
        outcome: { kind: "unreachable" },
        now: i * 100_000,
      });
    }
    return events;
  };

  it("shows Offline and retries after 1 s, then 2 s, 4 s, 8 s, and never waits longer than 8 s", () => {
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelay(1)).toBe(RETRY_FIRST_MS);
    expect(retryDelay(50)).toBe(RETRY_MAX_MS);
    const s = run(offline(3));
    expect(statusOf(s)).toEqual({ kind: "offline" });
    expect(nextSaveAt(s)).toBe(300_000 + 4000);
  });

  it("a retry on the wire still reads Offline (no flicker to Saving and back)", () => {
    const s = run([...offline(1), { type: "save-started", revision: 1 }]);
    expect(statusOf(s)).toEqual({ kind: "offline" });
  });

  it("typing while offline does not bring the next retry forward", () => {
    const s = run([...offline(4), { type: "edited", now: 400_001 }]);
    expect(nextSaveAt(s)).toBe(400_000 + RETRY_MAX_MS);
  });

  it("the Save button (or the browser back online) retries at once", () => {
    const s = run([...offline(4), { type: "save-requested", now: 400_010 }]);
    expect(isSaveDue(s, 400_010)).toBe(true);
  });

  it("the server answering again clears Offline and the backoff", () => {
    const s = run([
      ...offline(4),
      { type: "save-started", revision: 1 },
      {
        type: "save-finished",
        revision: 1,
        outcome: { kind: "saved", version: 2, at: "t2" },
        now: 500_000,
      },
    ]);
    expect(s.failures).toBe(0);
    expect(statusOf(s)).toEqual({ kind: "saved", at: "t2" });
  });
});

describe("autosave machine: answers retrying cannot fix", () => {
  const refused = (refusal: Parameters<typeof step>[1] & { type: "save-finished" }) =>
    run([{ type: "edited", now: 0 }, { type: "save-started", revision: 1 }, refusal]);

  it("a 403 is shown and not retried; an edit (the user undoing it) lets saving resume", () => {
    const s = refused({
      type: "save-finished",
      revision: 1,
      outcome: {
        kind: "refused",
        refusal: { kind: "forbidden", message: "Section procedure is not yours to change" },
      },
      now: 10,
    });
    expect(statusOf(s).kind).toBe("refused");
    expect(nextSaveAt(s)).toBeNull();
    const after = step(s, { type: "edited", now: 20 });
    expect(after.refusal).toBeNull();
    expect(nextSaveAt(after)).toBe(20 + DEBOUNCE_MS);
  });

  it("a signed note stays refused whatever is typed or pressed", () => {
    const s = refused({
      type: "save-finished",
      revision: 1,
      outcome: { kind: "refused", refusal: { kind: "signed" } },
      now: 10,
    });
    const after = run(
      [
        { type: "edited", now: 20 },
        { type: "save-requested", now: 30 },
      ],
      s,
    );
    expect(after.refusal).toEqual({ kind: "signed" });
    expect(nextSaveAt(after)).toBeNull();
  });

  it("a version conflict stops saving until the merge, which saves the merged note at once", () => {
    const s = refused({ type: "save-finished", revision: 1, outcome: { kind: "stale" }, now: 10 });
    expect(statusOf(s)).toEqual({ kind: "conflict" });
    expect(nextSaveAt(run([{ type: "edited", now: 20 }], s))).toBeNull();
    const merged = step(s, { type: "merged", version: 5, now: 30, needsSave: true });
    expect(merged.version).toBe(5);
    expect(isSaveDue(merged, 30)).toBe(true);
  });

  it("a merge that equals the other version leaves nothing to save", () => {
    const s = refused({ type: "save-finished", revision: 1, outcome: { kind: "stale" }, now: 10 });
    const merged = step(s, { type: "merged", version: 5, now: 30, needsSave: false });
    expect(hasUnsavedChanges(merged)).toBe(false);
    expect(nextSaveAt(merged)).toBeNull();
  });
});

describe("autosave machine: values that are not a valid note yet", () => {
  it("are held (not sent), named in the status, and saving resumes with the next edit", () => {
    const s = run([
      { type: "edited", now: 0 },
      { type: "held", path: "procedure.muscles.0.triggerPoints" },
    ]);
    expect(statusOf(s)).toEqual({ kind: "held", path: "procedure.muscles.0.triggerPoints" });
    expect(nextSaveAt(s)).toBeNull();
    const after = step(s, { type: "edited", now: 10 });
    expect(nextSaveAt(after)).toBe(10 + DEBOUNCE_MS);
  });

  it("values equal to what the server holds count as saved", () => {
    const s = run([
      { type: "edited", now: 0 },
      { type: "unchanged", revision: 1 },
    ]);
    expect(hasUnsavedChanges(s)).toBe(false);
  });
});
