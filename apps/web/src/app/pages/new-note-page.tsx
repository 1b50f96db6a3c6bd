import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import {
  NoteSchema,
  type CarriedForward,
  type Note,
  type NoteSummary,
  type Patient,
} from "@tpi/schemas";
import { getNote } from "../../features/api/note-get";
import { usePatient } from "../../features/api/patient-get";
import { usePatientNotes } from "../../features/api/patient-notes";
import { useCreateNote } from "../../features/api/note-create";
import { copyForward } from "../../features/templates";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { localIsoDate, patientName } from "../../shared/format";
import { useDocumentTitle } from "../../shared/use-document-title";

/**
 * /notes/new?patient=ID creates a draft for today (the user's local date) with the patient's default
 * payer, then opens it in the editor. A patient with earlier notes gets a choice: blank, or copied
 * forward from the latest note (condition and usual treatment carried, today's session facts blank).
 * A first note is created at once; the ref makes sure one visit creates exactly one note.
 */
export function NewNotePage() {
  useDocumentTitle("New note");
  const patientId = new URLSearchParams(useSearch()).get("patient") ?? "";
  const patient = usePatient(patientId);
  const notes = usePatientNotes(patientId);
  const create = useCreateNote();
  const [, navigate] = useLocation();
  const started = useRef(false);
  const [copyError, setCopyError] = useState<unknown>(null);

  const start = (p: Patient, note: Note, carriedForward: CarriedForward | null = null) => {
    if (started.current) return;
    started.current = true;
    create.mutate(
      { patientId: p.id, note, carriedForward },
      {
        onSuccess: (record) =>
          navigate(`/notes/${encodeURIComponent(record.id)}`, { replace: true }),
        onError: () => {
          started.current = false;
        },
      },
    );
  };
  const blank = (p: Patient) =>
    NoteSchema.parse({ dateOfService: localIsoDate(), payerProfileId: p.defaultPayerProfileId });

  const latest = notes.data ? latestNote(notes.data) : undefined;

  useEffect(() => {
    if (patient.data && notes.data && notes.data.length === 0) {
      start(patient.data, blank(patient.data));
    }
    // start/blank are stable in effect: guarded by the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [patient.data, notes.data]);

  const fromLatest = async (p: Patient, summary: NoteSummary) => {
    setCopyError(null);
    try {
      const last = await getNote(summary.id);
      const { note, carried } = copyForward(last.note, localIsoDate());
      // Stored with the note so the "carried over — check" marks survive a reload.
      start(
        p,
        { ...note, payerProfileId: p.defaultPayerProfileId },
        { fromNoteId: last.id, paths: carried },
      );
    } catch (error) {
      setCopyError(error);
    }
  };

  if (!patientId) {
    return (
      <section>
        <h1>New note</h1>
        <p>
          Choose a patient first. <Link href="/">Go to patients</Link>
        </p>
      </section>
    );
  }
  if (patient.isError) {
    return <ErrorMessage error={patient.error} title="Could not load this patient" />;
  }
  if (notes.isError) {
    return <ErrorMessage error={notes.error} title="Could not load the patient's notes" />;
  }
  if (create.isError) {
    return <ErrorMessage error={create.error} title="Could not create the note" />;
  }
  if (!patient.data || !latest || create.isPending) return <Loading label="Creating the note" />;

  const p = patient.data;
  return (
    <section className="card new-note-choice">
      <h1>New note for {patientName(p)}</h1>
      <p>
        The last note is from {latest.dateOfService}. Copying it forward carries the history, exam,
        conservative care, diagnoses, technique and the muscles with their injectates; today&apos;s
        pain scores, consent, response and tolerance start blank. Check every carried field before
        saving.
      </p>
      {copyError ? <ErrorMessage error={copyError} title="Could not copy the last note" /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void fromLatest(p, latest)}
        >
          Copy forward from {latest.dateOfService}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => start(p, blank(p))}
        >
          Start a blank note
        </button>
      </div>
    </section>
  );
}

function latestNote(notes: readonly NoteSummary[]): NoteSummary | undefined {
  return [...notes].sort(
    (a, b) =>
      b.dateOfService.localeCompare(a.dateOfService) || b.updatedAt.localeCompare(a.updatedAt),
  )[0];
}
