import { Link } from "wouter";
import { usePatient } from "../../features/api/patient-get";
import { usePatientNotes } from "../../features/api/patient-notes";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { formatDateTime, patientName } from "../../shared/format";
import { useDocumentTitle } from "../../shared/use-document-title";
import { payerProfileLabel } from "../../shared/payer-profiles";
import { usePayerProfiles } from "../../features/api/payer-profiles-list";
import { statusLabel } from "../../features/note-life/status-label";
import { useSignedInUser } from "../signed-in-user";

export function PatientPage({ patientId }: { patientId: string }) {
  const patient = usePatient(patientId);
  const notes = usePatientNotes(patientId);
  const payers = usePayerProfiles();
  const me = useSignedInUser();
  useDocumentTitle(patient.data ? patientName(patient.data) : "Patient");

  if (patient.isPending) return <Loading label="Loading patient" />;
  if (patient.isError) {
    return <ErrorMessage error={patient.error} title="Could not load this patient" />;
  }
  const p = patient.data;
  return (
    <section>
      <p className="breadcrumb">
        <Link href="/patients">Patients</Link>
      </p>
      <div className="page-title-row">
        <h1>{patientName(p)}</h1>
        {me.permissions.actions.includes("create") ? (
          <Link
            href={`/notes/new?patient=${encodeURIComponent(p.id)}`}
            className="button button-primary"
          >
            New TPI note
          </Link>
        ) : (
          <span className="muted">Notes are started by a physician or medical assistant.</span>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>MRN</dt>
          <dd>{p.mrn}</dd>
        </div>
        <div>
          <dt>Date of birth</dt>
          <dd>{p.birthDate}</dd>
        </div>
        <div>
          <dt>Sex</dt>
          <dd>{p.sex}</dd>
        </div>
        <div>
          <dt>Default payer</dt>
          <dd>
            {payers.data?.find((x) => x.id === p.defaultPayerProfileId)?.name ??
              payerProfileLabel(p.defaultPayerProfileId)}
          </dd>
        </div>
      </dl>
      <h2>Notes</h2>
      {notes.isPending ? <Loading label="Loading notes" /> : null}
      {notes.isError ? <ErrorMessage error={notes.error} title="Could not load the notes" /> : null}
      {notes.data ? (
        notes.data.length === 0 ? (
          <p>No notes for this patient yet.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Date of service</th>
                <th scope="col">Status</th>
                <th scope="col">Muscles</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {notes.data.map((n) => (
                <tr key={n.id}>
                  <td>
                    <Link href={`/notes/${encodeURIComponent(n.id)}`}>{n.dateOfService}</Link>
                  </td>
                  <td>
                    <span className={`status status-${n.status}`}>{statusLabel(n.status)}</span>
                  </td>
                  <td>{n.muscleCount}</td>
                  <td>{formatDateTime(n.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
    </section>
  );
}
