import { useEffect, useRef } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { NoteSchema } from "@tpi/schemas";
import { usePatient } from "../../features/api/patient-get";
import { useCreateNote } from "../../features/api/note-create";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { localIsoDate } from "../../shared/format";
import { useDocumentTitle } from "../../shared/use-document-title";

/**
 * /notes/new?patient=ID creates a draft for today (the user's local date) with the patient's default
 * payer, then opens it in the editor. The ref makes sure one visit creates exactly one note.
 */
export function NewNotePage() {
  useDocumentTitle("New note");
  const patientId = new URLSearchParams(useSearch()).get("patient") ?? "";
  const patient = usePatient(patientId);
  const create = useCreateNote();
  const [, navigate] = useLocation();
  const started = useRef(false);

  useEffect(() => {
    if (!patient.data || started.current) return;
    started.current = true;
    const note = NoteSchema.parse({
      dateOfService: localIsoDate(),
      payerProfileId: patient.data.defaultPayerProfileId,
    });
    create.mutate(
      { patientId: patient.data.id, note },
      {
        onSuccess: (record) =>
          navigate(`/notes/${encodeURIComponent(record.id)}`, { replace: true }),
      },
    );
  }, [patient.data, create, navigate]);

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
  if (create.isError) {
    return <ErrorMessage error={create.error} title="Could not create the note" />;
  }
  return <Loading label="Creating the note" />;
}
