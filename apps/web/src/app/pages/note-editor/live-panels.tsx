import { useMemo } from "react";
import { mergePriorSessions, type Note, type RecordPriorSession } from "@tpi/schemas";
import { fieldLabel } from "../../../features/note-form/field-label";
import { useLiveNote, type LiveNoteSource } from "../../../features/note-form/use-live-note";
import { CodePanelSlot, NarrativeSlot } from "./slots";

type Props = {
  form: LiveNoteSource;
  initial: Note;
  onJumpToField: (path: string) => void;
  /** The patient's earlier signed sessions: the engine counts them with the note's reported ones. */
  recordPriorSessions?: readonly RecordPriorSession[];
};

/**
 * The live side of the editor. It alone follows every change (useLiveNote), so typing re-renders
 * these panels, not the whole form. The panel renders in the same pass as the keystroke: the engine
 * takes well under a millisecond, and deferring the value (useDeferredValue) measured 26 ms median
 * from input to panel against 7 ms without it (e2e/bench/ui-latency.ts).
 */
export function LivePanels({ form, initial, onJumpToField, recordPriorSessions }: Props) {
  const { note, pendingPath } = useLiveNote(form, initial);
  const coded = useMemo(
    () => withRecordSessions(note, recordPriorSessions),
    [note, recordPriorSessions],
  );
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
        <CodePanelSlot note={coded} onJumpToField={onJumpToField} />
      </aside>
      <div className="editor-narrative">
        <NarrativeSlot note={note} />
      </div>
    </>
  );
}

/**
 * The note as the engine sees it: the sessions from the record with those reported from elsewhere,
 * merged by the same shared function the server uses when it signs (so the panel and the signature
 * count the same sessions).
 */
export function withRecordSessions(
  note: Note,
  fromRecord: readonly RecordPriorSession[] | undefined,
): Note {
  if (!fromRecord || fromRecord.length === 0) return note;
  return { ...note, priorSessions: mergePriorSessions(note.priorSessions, fromRecord) };
}
