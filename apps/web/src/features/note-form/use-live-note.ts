import { useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import { dequal } from "dequal/lite";
import { NoteSchema, type Note } from "@tpi/schemas";
import type { NoteFormValues } from "./form-types";

export type LiveNote = {
  /** The last values that passed NoteSchema. */
  readonly note: Note;
  /** Path of the first field that keeps the current values from parsing, or null when they parse. */
  readonly pendingPath: string | null;
};

/** What the live note needs of the form: its values now, and word of every change. */
export type LiveNoteSource = Pick<
  UseFormReturn<NoteFormValues, unknown, Note>,
  "subscribe" | "getValues"
>;

/**
 * The note as typed, parsed. While a field is half-typed (an empty volume), the panels keep showing
 * the last valid note rather than flickering to nothing, and say which field holds them back.
 *
 * Why a store and not useWatch: react-hook-form tells useWatch of a row added or removed only from an
 * effect after the grid has rendered, so the code panel lagged a structural edit by a second render and
 * a frame (about 20 ms in e2e/bench/ui-latency.ts). Its subscription also hears the change itself (the
 * field array's update carries `errors`), and useSyncExternalStore renders it in the same task. Changes
 * that leave the parsed note as it was (a touched field, a validation pass) do not re-render the panels.
 */
export function useLiveNote(form: LiveNoteSource, initial: Note): LiveNote {
  const [store] = useState(() => createLiveNoteStore(form, initial));
  return useSyncExternalStore(store.subscribe, store.current);
}

function createLiveNoteStore(form: LiveNoteSource, initial: Note) {
  let current = read(form.getValues(), { note: initial, pendingPath: null });
  const update = (values: unknown): boolean => {
    const next = read(values, current);
    if (next === current) return false;
    current = next;
    return true;
  };
  return {
    current: () => current,
    subscribe: (listener: () => void): (() => void) => {
      const unsubscribe = form.subscribe({
        formState: { values: true, errors: true },
        callback: ({ values }) => {
          if (update(values)) listener();
        },
      });
      // A change between the first render and this subscription would otherwise go unseen.
      if (update(form.getValues())) listener();
      return unsubscribe;
    },
  };
}

/** The live note for these values: the previous one (same object) when nothing it shows changed. */
function read(values: unknown, previous: LiveNote): LiveNote {
  const parsed = NoteSchema.safeParse(values);
  if (parsed.success) {
    if (previous.pendingPath === null && dequal(parsed.data, previous.note)) return previous;
    return { note: parsed.data, pendingPath: null };
  }
  const first = parsed.error.issues[0];
  const pendingPath = first ? first.path.map(String).join(".") : "";
  if (previous.pendingPath === pendingPath) return previous;
  return { note: previous.note, pendingPath };
}
