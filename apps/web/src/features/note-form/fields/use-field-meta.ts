import { get, useFormState } from "react-hook-form";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues, NotePath } from "../form-types";
import { useCarriedMark, type CarriedMark } from "../annotations/use-carried-mark";
import { friendlyMessage } from "./friendly-message";

export type FieldMeta = {
  id: string;
  errorId: string;
  error: string | null;
  /** "Carried over from … — check" while copy-forward filled it and nobody edited it yet. */
  carried: CarriedMark | null;
  /** Props every control spreads so assistive tech hears the error with the field. */
  aria: { "aria-invalid"?: true; "aria-describedby"?: string };
};

export function useFieldMeta(path: string, hintId?: string): FieldMeta {
  const { errors } = useFormState<NoteFormValues>({ name: path as NotePath });
  const id = fieldDomId(path);
  const errorId = `${id}-error`;
  const raw: unknown = get(errors, path);
  // An error of this field has a type; an object of its children's errors (a duration's value) is not
  // one, and once showed as "Check this field" instead of the child's own message.
  const own =
    raw && typeof raw === "object" && "type" in raw ? (raw as { message?: string }) : null;
  const error = own ? friendlyMessage(own.message) : null;
  const carried = useCarriedMark(path);
  const describedBy = [hintId, error ? errorId : undefined, carried?.id].filter(Boolean).join(" ");
  return {
    id,
    errorId,
    error,
    carried,
    aria: {
      ...(error ? { "aria-invalid": true as const } : {}),
      ...(describedBy ? { "aria-describedby": describedBy } : {}),
    },
  };
}
