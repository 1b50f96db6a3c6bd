import { Link } from "wouter";
import { usePatients } from "../../features/api/patients-list";
import { useMe } from "../../features/api/session-me";
import { ClaimLinesCsvLink } from "../../features/note-export";
import { Loading } from "../../shared/ui/loading";
import { ErrorMessage } from "../../shared/ui/error-message";
import { patientName } from "../../shared/format";
import { useDocumentTitle } from "../../shared/use-document-title";

export function PatientsPage() {
  useDocumentTitle("Patients");
  const patients = usePatients();
  const me = useMe();
  const role = me.data?.role;
  return (
    <section>
      <h1>Patients</h1>
      {role === "coder" || role === "admin" ? <ClaimLinesCsvLink /> : null}
      {patients.isPending ? <Loading label="Loading patients" /> : null}
      {patients.isError ? (
        <ErrorMessage error={patients.error} title="Could not load patients" />
      ) : null}
      {patients.data ? (
        patients.data.length === 0 ? (
          <p>No patients yet.</p>
        ) : (
          <ul className="card-list">
            {patients.data.map((p) => (
              <li key={p.id}>
                <Link href={`/patients/${encodeURIComponent(p.id)}`} className="card card-link">
                  <span className="card-title">{patientName(p)}</span>
                  <span className="muted">
                    MRN {p.mrn} · born {p.birthDate}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
