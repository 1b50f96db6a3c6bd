import { useMemo, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import { NoteSchema, type Note } from "@tpi/schemas";
import type { NoteFormValues } from "./form-types";

export type LiveNote = {
  /** The last values that passed NoteSchema. */
  note: Note;
  /** Path of the first field that keeps the current values from parsing, or null when they parse. */
  pendingPath: string | null;
};

/**
 * The note as typed, parsed. While a field is half-typed (an empty volume), the panels keep showing
 * the last valid note rather than flickering to nothing, and say which field holds them back.
 */
export function useLiveNote(
  control: Control<NoteFormValues, unknown, Note>,
  initial: Note,
): LiveNote {
  const values = useWatch({ control });
  const parsed = useMemo(() => NoteSchema.safeParse(values), [values]);
  const [lastValid, setLastValid] = useState<Note>(initial);
  // Storing information from the previous render, as React documents it: no effect, no extra commit.
  if (parsed.success && parsed.data !== lastValid) setLastValid(parsed.data);
  if (parsed.success) return { note: parsed.data, pendingPath: null };
  const first = parsed.error.issues[0];
  return { note: lastValid, pendingPath: first ? first.path.map(String).join(".") : "" };
}
