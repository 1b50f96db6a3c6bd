import { useState } from "react";
import { Link } from "wouter";
import { useNoteDocument } from "../../features/api/note-document";
import { isProblemError } from "../../features/api/problem-error";
import { CopyNoteButton, DocumentView, pageRules, type Paper } from "../../features/note-export";
import "../../features/note-export/document.css";
import { ErrorMessage } from "../../shared/ui/error-message";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/use-document-title";

/** The print view: the note as a clinical document on Letter or A4, from the server's document model. */
export function NotePrintPage({ noteId }: { noteId: string }) {
  const doc = useNoteDocument(noteId);
  const [paper, setPaper] = useState<Paper>("letter");
  useDocumentTitle(
    doc.data ? `Print: ${doc.data.header.patient.name}, ${doc.data.header.dateOfService}` : "Print",
  );
  if (doc.isPending) return <Loading label="Loading the note" />;
  if (doc.isError) {
    return (
      <ErrorMessage
        error={doc.error}
        title={
          isProblemError(doc.error, 404) ? "This note does not exist" : "Could not load the note"
        }
      />
    );
  }
  const id = encodeURIComponent(noteId);
  return (
    <>
      <style>{pageRules(doc.data, paper)}</style>
      <div className="print-toolbar">
        <Link href={`/notes/${id}`}>Back to the note</Link>
        <label>
          Paper{" "}
          <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
            <option value="letter">US Letter</option>
            <option value="a4">A4</option>
          </select>
        </label>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
        <a
          className="button button-secondary"
          href={`/api/notes/${id}/pdf?paper=${paper}`}
          download
        >
          Download PDF
        </a>
        <CopyNoteButton noteId={noteId} />
      </div>
      <DocumentView doc={doc.data} />
    </>
  );
}
