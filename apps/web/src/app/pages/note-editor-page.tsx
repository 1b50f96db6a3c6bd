import { useEffect } from "react";
import { useQueryClient } from "@tanstack/react-query";
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
  const queryClient = useQueryClient();
  const editable = !note.data || EDITABLE_STATUSES.includes(note.data.status);
  const forCoding = editable ? (note.data?.note ?? null) : undefined;
  // The code panel's chunk and code sets load beside the note and the form, not after them. A signed
  // note shows its stored codes and needs neither.
  useEffect(() => {
    if (forCoding === undefined) return;
    void import("../../features/code-panel").then((m) => m.prefetchCoding(queryClient, forCoding));
  }, [queryClient, forCoding]);
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
