import { useMemo, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import { NoteSchema, type Note } from "@tpi/schemas";
import type { NoteFormValues } from "./form-types";

/**
 * The note as typed, parsed: the last values that passed NoteSchema. While a field is half-typed (an
 * empty volume), the panels keep showing the last valid note rather than flickering to nothing.
 */
export function useLiveNote(control: Control<NoteFormValues, unknown, Note>, initial: Note): Note {
  const values = useWatch({ control });
  const parsed = useMemo(() => NoteSchema.safeParse(values), [values]);
  const [lastValid, setLastValid] = useState<Note>(initial);
  // Storing information from the previous render, as React documents it: no effect, no extra commit.
  if (parsed.success && parsed.data !== lastValid) setLastValid(parsed.data);
  return parsed.success ? parsed.data : lastValid;
}
