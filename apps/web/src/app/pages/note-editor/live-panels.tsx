import type { Note } from "@tpi/schemas";
import { fieldLabel } from "../../../features/note-form/field-label";
import { useLiveNote, type LiveNoteSource } from "../../../features/note-form/use-live-note";
import { CodePanelSlot, NarrativeSlot } from "./slots";

type Props = {
  form: LiveNoteSource;
  initial: Note;
  onJumpToField: (path: string) => void;
};

/**
 * The live side of the editor. It alone follows every change (useLiveNote), so typing re-renders
 * these panels, not the whole form. The panel renders in the same pass as the keystroke: the engine
 * takes well under a millisecond, and deferring the value (useDeferredValue) measured 26 ms median
 * from input to panel against 7 ms without it (e2e/bench/ui-latency.ts).
 */
export function LivePanels({ form, initial, onJumpToField }: Props) {
  const { note, pendingPath } = useLiveNote(form, initial);
  return (
    <>
      <aside className="editor-aside" aria-label="Codes">
        {pendingPath !== null ? (
          <p className="alert alert-info pending-note">
            Codes are for the note before your last change, until{" "}
            {pendingPath ? (
              <button
                type="button"
                className="link-button"
                onClick={() => onJumpToField(pendingPath)}
              >
                {fieldLabel(pendingPath)}
              </button>
            ) : (
              "the field being edited"
            )}{" "}
            is complete and valid.
          </p>
        ) : null}
        <CodePanelSlot note={note} onJumpToField={onJumpToField} />
      </aside>
      <div className="editor-narrative">
        <NarrativeSlot note={note} />
      </div>
    </>
  );
}
