import { Link } from "wouter";
import type { PriorSession, RecordPriorSession } from "@tpi/schemas";
import { muscleById } from "@tpi/coding";

/**
 * The patient's earlier signed TPI notes as prior sessions: read-only (they are the signed record),
 * each with a link to its note. The engine counts them for the payer's frequency and repeat limits.
 */
export function RecordPriorSessions({ sessions }: { sessions: readonly RecordPriorSession[] }) {
  return (
    <div className="record-sessions">
      <h3 className="subsection-title" id="prior-sessions-record-title">
        From this patient&apos;s signed notes
      </h3>
      {sessions.length === 0 ? (
        <p className="muted">No earlier signed notes.</p>
      ) : (
        <ul className="record-session-list" aria-labelledby="prior-sessions-record-title">
          {sessions.map(({ noteId, session }) => (
            <li key={noteId} className="record-session">
              <Link href={`/notes/${encodeURIComponent(noteId)}`}>Note of {session.date}</Link>
              <span className="muted small"> (signed, read only)</span>
              <p className="small">{describeSession(session)}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "Right Upper trapezius, Left Levator scapulae · pain 7 (NRS-11) · 60% relief for 6 weeks" */
export function describeSession(s: PriorSession): string {
  const parts: string[] = [];
  const muscles = s.muscles.map(
    (m) =>
      `${m.side === "midline" ? "" : `${capitalise(m.side)} `}${muscleById(m.muscleId)?.name ?? m.muscleId}`,
  );
  parts.push(muscles.length > 0 ? muscles.join(", ") : "no muscles recorded");
  if (s.painScoreBefore !== null) {
    parts.push(`pain ${s.painScoreBefore}${s.painScale ? ` (${s.painScale})` : ""}`);
  }
  if (s.reliefPercent !== null) {
    parts.push(
      `${s.reliefPercent}% relief${s.reliefDurationWeeks !== null ? ` for ${s.reliefDurationWeeks} weeks` : ""}`,
    );
  } else {
    parts.push("relief not documented");
  }
  return parts.join(" · ");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
