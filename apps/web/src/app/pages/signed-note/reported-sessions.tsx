import type { PriorSession } from "@tpi/schemas";
import { describeSession } from "../../../features/note-form/sections/record-prior-sessions";

/** Sessions done elsewhere, as the patient reported them, in a read-only note. */
export function ReportedSessions({ sessions }: { sessions: readonly PriorSession[] }) {
  return (
    <>
      <h3 className="subsection-title">Done elsewhere, as reported</h3>
      {sessions.length === 0 ? (
        <p className="muted">None reported.</p>
      ) : (
        <ul className="record-session-list">
          {sessions.map((s, i) => (
            <li key={`${s.date}|${i}`} className="record-session">
              <span className="status status-reported">Reported</span> Session of {s.date}
              <p className="small">{describeSession(s)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
