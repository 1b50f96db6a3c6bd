import type { z } from "zod/mini";
import type { FieldPath } from "react-hook-form";
import type { NoteSchema } from "@tpi/schemas";

/** What the form holds while editing: the note's input shape (defaults may still be missing). */
export type NoteFormValues = z.input<typeof NoteSchema>;
export type NotePath = FieldPath<NoteFormValues>;
