import { useEffect } from "react";
import { get, useFormState } from "react-hook-form";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues, NotePath } from "../form-types";
import { useNoteAnnotations } from "./note-annotations";

export interface CarriedMark {
  id: string;
  text: string;
}

/**
 * The "carried over — check" mark of one path while it is carried and unedited. Editing it (the form
 * marks it dirty) dismisses the mark for the session, so a save (which resets dirtiness) does not
 * bring it back.
 */
export function useCarriedMark(path: string): CarriedMark | null {
  const { carriedPaths, carriedText, dismissCarried } = useNoteAnnotations();
  const carried = carriedPaths.has(path);
  const { dirtyFields } = useFormState<NoteFormValues>({ name: path as NotePath });
  const edited = carried && anyTrue(get(dirtyFields, path));
  useEffect(() => {
    if (edited) dismissCarried(path);
  }, [edited, dismissCarried, path]);
  return carried && !edited ? { id: `${fieldDomId(path)}-carried`, text: carriedText } : null;
}

/** react-hook-form keeps dirtiness as true, or as arrays/objects of it for lists. */
function anyTrue(value: unknown): boolean {
  if (value === true) return true;
  if (value !== null && typeof value === "object") return Object.values(value).some(anyTrue);
  return false;
}
