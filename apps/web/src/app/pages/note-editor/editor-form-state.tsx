import { useFormState } from "react-hook-form";
import { ErrorSummary } from "../../../features/note-form/error-summary";
import { flattenErrors } from "../../../features/note-form/flatten-errors";
import type { NoteFormValues } from "../../../features/note-form/form-types";

// Reads the form's error state here, not in NoteEditor: react-hook-form re-renders whichever component
// reads formState, and a re-rendered NoteEditor hands FormProvider a new context value, which
// re-renders every field of the note.

/** After a failed save: every field that needs attention, each a link to the field. */
export function EditorErrorSummary({ visible }: { visible: boolean }) {
  const { errors } = useFormState<NoteFormValues>();
  return <ErrorSummary errors={flattenErrors(errors)} visible={visible} />;
}
