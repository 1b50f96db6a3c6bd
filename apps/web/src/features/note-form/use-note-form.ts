import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { NoteSchema, type Note } from "@tpi/schemas";
import type { NoteFormValues } from "./form-types";

/** The note form: validated by the shared NoteSchema, so what it submits is exactly what the API accepts. */
export function useNoteForm(initial: Note) {
  return useForm<NoteFormValues, unknown, Note>({
    resolver: zodResolver(NoteSchema),
    defaultValues: initial,
    // Quiet while typing the first time; once a field was left or submitted, it re-checks as it changes.
    mode: "onTouched",
  });
}
