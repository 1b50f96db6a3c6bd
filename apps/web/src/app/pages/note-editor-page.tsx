import { useNote } from "../../features/api/note-get";
import { isProblemError } from "../../features/api/problem-error";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { NoteEditor } from "./note-editor/note-editor";

export function NoteEditorPage({ noteId }: { noteId: string }) {
  const note = useNote(noteId);
  if (note.isPending) return <Loading label="Loading the note" />;
  if (note.isError) {
    return (
      <ErrorMessage
        error={note.error}
        title={
          isProblemError(note.error, 404) ? "This note does not exist" : "Could not load the note"
        }
      />
    );
  }
  return <NoteEditor record={note.data} />;
}
