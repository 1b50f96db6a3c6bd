import { EDITABLE_STATUSES } from "@tpi/schemas";
import { useNote } from "../../features/api/note-get";
import { isProblemError } from "../../features/api/problem-error";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { useSignedInUser } from "../signed-in-user";
import { NoteEditor } from "./note-editor/note-editor";
import { SignedNoteView } from "./signed-note/signed-note-view";

/** A note: the editor while it may still change, the read-only view once signed or discarded. */
export function NoteEditorPage({ noteId }: { noteId: string }) {
  const note = useNote(noteId);
  const me = useSignedInUser();
  if (note.isPending) return <Loading label="Loading the note" />;
  if (note.isError) {
    return (
      <ErrorMessage
        error={note.error}
        title={
          isProblemError(note.error, 404)
            ? "This note does not exist"
            : isProblemError(note.error, 403)
              ? "Your role cannot open this note"
              : "Could not load the note"
        }
      />
    );
  }
  if (!EDITABLE_STATUSES.includes(note.data.status)) {
    return <SignedNoteView record={note.data} me={me} />;
  }
  return <NoteEditor record={note.data} />;
}
