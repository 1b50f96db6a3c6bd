import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { NoteSchema, type Note } from "@tpi/schemas";
import { localIsoDate } from "../../shared/format";
import { checkDateOfService } from "./date-of-service";
import type { NoteFormValues } from "./form-types";

const schemaResolver = zodResolver(NoteSchema);

/**
 * The shared NoteSchema, so what the form submits is exactly what the API accepts, and the one check
 * that needs today's date (a date of service in the future is an error at its field).
 */
const noteResolver: Resolver<NoteFormValues, unknown, Note> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  const errors = liftDurationErrors(result.errors) as typeof result.errors;
  const check = checkDateOfService(values.dateOfService, localIsoDate());
  if (check?.kind !== "future") {
    return Object.keys(errors).length === 0 ? result : { values: {}, errors };
  }
  return {
    values: {},
    errors: { ...errors, dateOfService: { type: "future", message: check.message } },
  };
};

type ErrorTree = { [key: string]: unknown };

/**
 * A duration is one control (number and unit) registered at ".duration"; the schema's message is at
 * ".duration.value". react-hook-form drops an error object with neither type nor message at a
 * control's own name, so a duration of -4 showed no message: the child's error is lifted to the
 * duration itself.
 */
function liftDurationErrors(tree: ErrorTree): ErrorTree {
  const out: ErrorTree = Array.isArray(tree) ? ([...tree] as unknown as ErrorTree) : { ...tree };
  for (const [key, child] of Object.entries(tree)) {
    if (!child || typeof child !== "object") continue;
    const node = child as ErrorTree;
    if (key === "duration" && !("type" in node)) {
      const inner = (node.value ?? node.unit) as { type?: string; message?: string } | undefined;
      if (inner?.type) out[key] = { type: inner.type, message: inner.message };
      continue;
    }
    if (!("type" in node)) out[key] = liftDurationErrors(node);
  }
  return out;
}

/**
 * The note form. Every field is checked as it is typed and when it is left (mode "all"), so a wrong
 * value is said at the field at once, not after Save.
 */
export function useNoteForm(initial: Note) {
  return useForm<NoteFormValues, unknown, Note>({
    resolver: noteResolver,
    defaultValues: initial,
    mode: "all",
  });
}
