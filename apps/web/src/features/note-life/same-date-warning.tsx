import { Link } from "wouter";
import type { NoteSummary } from "@tpi/schemas";
import { formatDateTime } from "../../shared/format";
import { statusLabel } from "./status-label";

type Props = {
  dateOfService: string;
  existing: readonly NoteSummary[];
  busy: boolean;
  /** Create the new note after all (a second procedure the same day is possible, if rare). */
  onCreateAnyway: () => void;
};

/**
 * Creating a note for a patient who already has one on that date of service: say so and offer the
 * existing note first, so a second note is never made by accident.
 */
export function SameDateWarning({ dateOfService, existing, busy, onCreateAnyway }: Props) {
  return (
    <div className="alert alert-warning same-date" role="alert">
      <p className="alert-title">
        This patient already has {existing.length === 1 ? "a note" : `${existing.length} notes`} for{" "}
        {dateOfService}
      </p>
      <ul>
        {existing.map((n) => (
          <li key={n.id}>
            <Link href={`/notes/${encodeURIComponent(n.id)}`}>
              Open the {statusLabel(n.status).toLowerCase()} note of {n.dateOfService}
            </Link>{" "}
            <span className="muted small">
              ({n.muscleCount} {n.muscleCount === 1 ? "muscle" : "muscles"}, last changed{" "}
              {formatDateTime(n.updatedAt)})
            </span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-secondary"
        onClick={onCreateAnyway}
        disabled={busy}
      >
        Create another note for {dateOfService}
      </button>
    </div>
  );
}
