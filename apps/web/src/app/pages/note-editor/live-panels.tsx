import { useDeferredValue } from "react";
import type { Control } from "react-hook-form";
import type { Note } from "@tpi/schemas";
import type { NoteFormValues } from "../../../features/note-form/form-types";
import { useLiveNote } from "../../../features/note-form/use-live-note";
import { CodePanelSlot, NarrativeSlot } from "./slots";

type Props = {
  control: Control<NoteFormValues, unknown, Note>;
  initial: Note;
  onJumpToField: (path: string) => void;
};

/**
 * The live side of the editor. It alone subscribes to every keystroke (useWatch), so typing re-renders
 * this panel, not the whole form; the deferred value lets React keep the inputs responsive first.
 */
export function LivePanels({ control, initial, onJumpToField }: Props) {
  const liveNote = useLiveNote(control, initial);
  const note = useDeferredValue(liveNote);
  return (
    <>
      <aside className="editor-aside" aria-label="Codes">
        <CodePanelSlot note={note} onJumpToField={onJumpToField} />
      </aside>
      <div className="editor-narrative">
        <NarrativeSlot note={note} />
      </div>
    </>
  );
}
