import { Link } from "wouter";
import type { WorklistItem } from "@tpi/schemas";
import { formatDateTime } from "../../shared/format";
import { statusLabel } from "./status-label";

type Props = {
  /** Names the table (its caption); also what a screen reader hears when it enters. */
  caption: string;
  items: readonly WorklistItem[];
  /** The payer profile's name for an id (the list carries only ids). */
  payerName: (id: string) => string;
  /** Shown instead of an empty table. */
  empty: string;
};

/** One worklist: each note with its patient, date of service, status and who it came from. */
export function WorklistTable({ caption, items, payerName, empty }: Props) {
  if (items.length === 0) {
    return (
      <section className="worklist" aria-label={caption}>
        <h2>{caption}</h2>
        <p className="muted">{empty}</p>
      </section>
    );
  }
  return (
    <section className="worklist" aria-label={caption}>
      <h2>{caption}</h2>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Date of service</th>
              <th scope="col">Status</th>
              <th scope="col">Provider</th>
              <th scope="col">Payer</th>
              <th scope="col">Started by</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.noteId} data-note-id={item.noteId}>
                <td>
                  <Link href={`/notes/${encodeURIComponent(item.noteId)}`}>{item.patientName}</Link>
                  <span className="muted small block">MRN {item.mrn}</span>
                </td>
                <td>{item.dateOfService}</td>
                <td>
                  <span className={`status status-${item.status}`}>{statusLabel(item.status)}</span>
                  {item.reason === "handed-over-to-me" ? (
                    <span className="small block">Handed over to you</span>
                  ) : null}
                </td>
                <td>{item.providerName || <span className="muted">not entered</span>}</td>
                <td>{payerName(item.payerProfileId)}</td>
                <td>{item.createdByName}</td>
                <td>{formatDateTime(item.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
