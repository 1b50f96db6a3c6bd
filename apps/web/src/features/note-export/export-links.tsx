import { Link } from "wouter";
import { SIGNED_STATUSES, type User } from "@tpi/schemas";
import { CopyNoteButton } from "./copy-note-button";

/** Who may take a note out of the app: the clinical roles; a coder only once it is signed. */
export function mayExport(role: User["role"], status: string): boolean {
  switch (role) {
    case "medical-assistant":
    case "physician":
      return true;
    case "coder":
      return (SIGNED_STATUSES as readonly string[]).includes(status);
    case "admin":
      return false;
  }
}

/** The note's ways out: print view, PDF, FHIR and a one-click copy of the text. */
export function ExportLinks({ noteId }: { noteId: string }) {
  const id = encodeURIComponent(noteId);
  return (
    <nav className="export-links" aria-label="Export the note">
      <Link href={`/notes/${id}/print`} className="button button-quiet">
        Print view
      </Link>
      <a href={`/api/notes/${id}/pdf`} className="button button-quiet" download>
        PDF
      </a>
      <a
        href={`/api/notes/${id}/fhir`}
        className="button button-quiet"
        download={`note-${noteId}.fhir.json`}
      >
        FHIR
      </a>
      <CopyNoteButton noteId={noteId} />
    </nav>
  );
}
