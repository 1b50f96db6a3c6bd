import { useId, useState } from "react";
import { localIsoDate } from "../../shared/format";

/** First day of the current month, where the user is. */
function monthStart(now = new Date()): string {
  return localIsoDate(new Date(now.getFullYear(), now.getMonth(), 1));
}

/** The coder's spreadsheet: claim lines of signed notes with a date of service in the range. */
export function ClaimLinesCsvLink() {
  const [from, setFrom] = useState(monthStart);
  const [to, setTo] = useState(() => localIsoDate());
  const id = useId();
  const href = `/api/exports/claim-lines.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (
    <form
      className="claim-lines-csv"
      aria-label="Claim lines spreadsheet"
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={`${id}-from`}>Date of service from</label>
      <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor={`${id}-to`}>to</label>
      <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <a className="button button-secondary" href={href} download>
        Download claim lines (CSV)
      </a>
    </form>
  );
}
