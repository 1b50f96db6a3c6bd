import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useLocation, useSearch } from "wouter";
import {
  NOTE_SECTIONS,
  NoteSchema,
  type CarriedForward,
  type Note,
  type NoteSummary,
  type Patient,
  type SessionMe,
} from "@tpi/schemas";
import { getNote } from "../../features/api/note-get";
import { usePatient } from "../../features/api/patient-get";
import { usePatientNotes } from "../../features/api/patient-notes";
import { useCreateNote } from "../../features/api/note-create";
import { isProblemError } from "../../features/api/problem-error";
import { queryKeys } from "../../features/api/query-keys";
import { SameDateWarning } from "../../features/note-life/same-date-warning";
import { copyForward } from "../../features/templates";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { localIsoDate, patientName } from "../../shared/format";
import { useDocumentTitle } from "../../shared/use-document-title";
import { useSignedInUser } from "../signed-in-user";

/**
 * /notes/new?patient=ID creates a draft for today (the user's local date) with the patient's default
 * payer, then opens it in the editor. A patient with earlier notes gets a choice: blank, or copied
 * forward from the latest note (condition and usual treatment carried, today's session facts blank).
 * A first note is created at once; the ref makes sure one visit creates exactly one note. A patient
 * who already has a note for today is told so first and offered that note; a second one is created
 * only when the user asks for it (the server refuses it otherwise, 409 same-date-of-service).
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
  const [sameDateConfirmed, setSameDateConfirmed] = useState(false);
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  const today = localIsoDate();

  const start = (p: Patient, note: Note, carriedForward: CarriedForward | null = null) => {
    if (started.current) return;
    started.current = true;
    create.mutate(
      { patientId: p.id, note, carriedForward, confirmSameDateOfService: sameDateConfirmed },
      {
        onSuccess: (record) =>
          navigate(`/notes/${encodeURIComponent(record.id)}`, { replace: true }),
        onError: (error) => {
          started.current = false;
          // Another note for today appeared meanwhile: reload the list, which shows the warning.
          if (isSameDateProblem(error)) {
            setSameDateConfirmed(false);
            create.reset();
            void queryClient.invalidateQueries({ queryKey: queryKeys.patientNotes(p.id) });
          }
        },
      },
    );
  };
  const blank = (p: Patient) =>
    NoteSchema.parse({ dateOfService: localIsoDate(), payerProfileId: p.defaultPayerProfileId });

  const latest = notes.data ? latestNote(notes.data) : undefined;
  const sameDate = (notes.data ?? []).filter(
    (n) => n.dateOfService === today && n.status !== "discarded",
  );

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
      const copied = copyForward(last.note, localIsoDate());
      const { note, carried } = onlyEditableSections(me, copied, blank(p));
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
          Choose a patient first. <Link href="/patients">Go to patients</Link>
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
  if (sameDate.length > 0 && !sameDateConfirmed) {
    return (
      <section className="new-note-choice">
        <h1>New note for {patientName(p)}</h1>
        <SameDateWarning
          dateOfService={today}
          existing={sameDate}
          busy={create.isPending}
          onCreateAnyway={() => setSameDateConfirmed(true)}
        />
      </section>
    );
  }
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

function isSameDateProblem(error: unknown): boolean {
  return isProblemError(error, 409) && error.problem.type.endsWith("same-date-of-service");
}

/**
 * An assistant copies forward only the sections their role fills: the physician's sections (exam,
 * procedure, diagnoses…) start blank, as the server refuses an assistant's note that sets them.
 */
function onlyEditableSections(
  me: SessionMe,
  copied: { note: Note; carried: string[] },
  blankNote: Note,
): { note: Note; carried: string[] } {
  const editable = new Set<string>(
    me.permissions.editableSections.flatMap((id) => [...NOTE_SECTIONS[id].keys]),
  );
  const note = { ...copied.note };
  const writable = note as Record<string, unknown>;
  for (const key of Object.keys(note) as (keyof Note)[]) {
    if (!editable.has(key)) writable[key] = blankNote[key];
  }
  const carried = copied.carried.filter((path) => editable.has(path.split(".")[0] ?? ""));
  return { note, carried };
}
