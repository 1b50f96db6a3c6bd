import { useFormState } from "react-hook-form";
import { ErrorSummary } from "../../../features/note-form/error-summary";
import { flattenErrors } from "../../../features/note-form/flatten-errors";
import type { NoteFormValues } from "../../../features/note-form/form-types";
import { useUnsavedGuard } from "../../../features/note-form/use-unsaved-guard";
import { formatDateTime } from "../../../shared/format";

// The parts of the editor that follow the form's dirty and error state. They read it here, not in
// NoteEditor: react-hook-form re-renders whichever component reads formState, and a re-rendered
// NoteEditor hands FormProvider a new context value, which re-renders every field of the note (a row
// added or removed cost the whole form a render before this).

/** "Unsaved changes", "Saving…", "Saved at …" or "Signed: read only", announced politely. */
export function SaveState({
  readOnly,
  busy,
  lastSavedAt,
}: {
  readOnly: boolean;
  busy: boolean;
  lastSavedAt: string;
}) {
  const { isDirty } = useFormState<NoteFormValues>();
  const text = readOnly
    ? "Signed: read only"
    : busy
      ? "Saving…"
      : isDirty
        ? "Unsaved changes"
        : `Saved ${formatDateTime(lastSavedAt)}`;
  return (
    <span className="save-state" role="status" aria-live="polite">
      {text}
    </span>
  );
}

/** Asks before leaving while the note has unsaved changes. */
export function UnsavedGuard({ readOnly }: { readOnly: boolean }) {
  const { isDirty } = useFormState<NoteFormValues>();
  useUnsavedGuard(isDirty && !readOnly);
  return null;
}

/** After a failed save: every field that needs attention, each a link to the field. */
export function EditorErrorSummary({ visible }: { visible: boolean }) {
  const { errors } = useFormState<NoteFormValues>();
  return <ErrorSummary errors={flattenErrors(errors)} visible={visible} />;
}
