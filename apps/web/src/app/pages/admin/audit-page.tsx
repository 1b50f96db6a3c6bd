import { useId, useMemo, useState, type FormEvent, type ReactNode } from "react";
import { useLocation, useSearch } from "wouter";
import type { AuditEntry, AuditOutcome, AuditQuery } from "@tpi/schemas";
import { useAuditTrail, useUsers } from "../../../features/api/admin";
import { isProblemError } from "../../../features/api/problem-error";
import { formatDateTime } from "../../../shared/format";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { Loading } from "../../../shared/ui/loading";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { roleLabel } from "../../role-label";

/** The filters as the page's URL holds them (dates as the admin's local days). */
type Filters = {
  user: string;
  patient: string;
  note: string;
  action: string;
  outcome: "" | AuditOutcome;
  from: string;
  to: string;
};
const NO_FILTERS: Filters = {
  user: "",
  patient: "",
  note: "",
  action: "",
  outcome: "",
  from: "",
  to: "",
};
const KEYS = Object.keys(NO_FILTERS) as (keyof Filters)[];

const OUTCOMES: readonly { value: AuditOutcome; label: string }[] = [
  { value: "ok", label: "Allowed" },
  { value: "refused", label: "Refused" },
  { value: "error", label: "Failed" },
];

function filtersFrom(search: string): Filters {
  const params = new URLSearchParams(search);
  const f = { ...NO_FILTERS };
  for (const key of KEYS) {
    const value = params.get(key)?.trim() ?? "";
    if (key === "outcome") {
      f.outcome = OUTCOMES.some((o) => o.value === value) ? (value as AuditOutcome) : "";
    } else f[key] = value;
  }
  return f;
}

function searchOf(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filters[key] !== "") params.set(key, filters[key]);
  return params.toString();
}

/** A local day's start or end as an instant, so "20 Nov" means the clinic's 20 Nov, not UTC's. */
function localDayBound(day: string, end: boolean): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day === "" ? undefined : day;
  const date = end
    ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999)
    : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return date.toISOString();
}

function apiQuery(f: Filters): AuditQuery {
  const q: AuditQuery = {};
  if (f.user) q.userId = f.user;
  if (f.patient) q.patientId = f.patient;
  if (f.note) q.noteId = f.note;
  if (f.action) q.action = f.action;
  if (f.outcome) q.outcome = f.outcome;
  const from = localDayBound(f.from, false);
  const to = localDayBound(f.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}

const FIELD_OF_PATH: Record<string, keyof Filters> = {
  userId: "user",
  patientId: "patient",
  noteId: "note",
  action: "action",
  outcome: "outcome",
  from: "from",
  to: "to",
};

/** The audit trail, filtered (filters live in the URL, so a view can be bookmarked or shared). */
export function AuditPage() {
  useDocumentTitle("Audit trail");
  const search = useSearch();
  const [, navigate] = useLocation();
  const applied = useMemo(() => filtersFrom(search), [search]);
  const query = useMemo(() => apiQuery(applied), [applied]);
  const trail = useAuditTrail(query);
  const users = useUsers();
  const apply = (next: Filters) =>
    navigate(`/admin/audit${searchOf(next) ? `?${searchOf(next)}` : ""}`);

  const fieldErrors = new Map<keyof Filters, string>();
  if (isProblemError(trail.error, 400)) {
    for (const e of trail.error.fieldErrors) {
      const field = FIELD_OF_PATH[e.path];
      if (field) fieldErrors.set(field, e.message);
    }
  }
  const entries = trail.data?.pages.flatMap((p) => p.entries) ?? [];
  const active = KEYS.filter((k) => applied[k] !== "").length;

  return (
    <section className="admin-page">
      <h1>Audit trail</h1>
      <p className="muted">
        Every read and change of patient data, every refusal and every account change, newest first.
        Nothing here can be edited or removed.
      </p>
      {/* Keyed by the URL: a filter applied from the table below shows in the form too. */}
      <FilterForm
        key={search}
        initial={applied}
        users={users.data ?? []}
        errors={fieldErrors}
        onApply={apply}
      />
      {trail.isError && fieldErrors.size === 0 ? (
        <ErrorMessage error={trail.error} title="Could not read the audit trail" />
      ) : null}
      {trail.isPending ? <Loading label="Reading the audit trail" /> : null}
      <p className="muted" role="status" aria-live="polite">
        {trail.data
          ? `${entries.length}${trail.hasNextPage ? "+" : ""} ${entries.length === 1 ? "entry" : "entries"}${active > 0 ? ` matching ${active} filter${active > 1 ? "s" : ""}` : ""}`
          : ""}
      </p>
      {trail.data && entries.length > 0 ? (
        <AuditTable entries={entries} onFilter={(f) => apply({ ...applied, ...f })} />
      ) : null}
      {trail.data && entries.length === 0 ? (
        <p className="card">No entries match these filters.</p>
      ) : null}
      {trail.hasNextPage ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void trail.fetchNextPage()}
          disabled={trail.isFetchingNextPage}
        >
          {trail.isFetchingNextPage ? "Loading…" : "Show older entries"}
        </button>
      ) : null}
    </section>
  );
}

function FilterForm({
  initial,
  users,
  errors,
  onApply,
}: {
  initial: Filters;
  users: readonly { id: string; displayName: string; email: string }[];
  errors: ReadonlyMap<keyof Filters, string>;
  onApply: (filters: Filters) => void;
}) {
  const id = useId();
  const [f, setF] = useState<Filters>(initial);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setF((prev) => ({ ...prev, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  const field = (key: keyof Filters, label: string, input: (props: InputProps) => ReactNode) => {
    const error = errors.get(key);
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        {input({
          id: `${id}-${key}`,
          value: f[key],
          onChange: set(key),
          "aria-invalid": error ? true : undefined,
          "aria-describedby": error ? `${id}-${key}-error` : undefined,
        })}
        {error ? (
          <p className="field-error" id={`${id}-${key}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form
      className="audit-filters"
      role="search"
      aria-label="Filter the audit trail"
      onSubmit={submit}
    >
      <div className="audit-filter-grid">
        {field("user", "User", (p) => (
          <select {...p}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.email})
              </option>
            ))}
          </select>
        ))}
        {field("outcome", "Outcome", (p) => (
          <select {...p}>
            <option value="">Any</option>
            {OUTCOMES.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        ))}
        {field("action", "Action contains", (p) => (
          <input {...p} placeholder="e.g. sign, /api/admin" />
        ))}
        {field("patient", "Patient id", (p) => (
          <input {...p} spellCheck={false} />
        ))}
        {field("note", "Note id", (p) => (
          <input {...p} spellCheck={false} />
        ))}
        {field("from", "From (day)", (p) => (
          <input {...p} type="date" />
        ))}
        {field("to", "To (day, included)", (p) => (
          <input {...p} type="date" />
        ))}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Apply filters
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onApply(NO_FILTERS)}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}

type InputProps = {
  id: string;
  value: string;
  onChange: (e: { target: { value: string } }) => void;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
};

const short = (id: string) => id.slice(0, 8);

function outcomeLabel(outcome: AuditOutcome): string {
  return OUTCOMES.find((o) => o.value === outcome)?.label ?? outcome;
}

function detailText(detail: AuditEntry["detail"]): string {
  if (detail === null) return "";
  return Object.entries(detail)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(", ");
}

function AuditTable({
  entries,
  onFilter,
}: {
  entries: readonly AuditEntry[];
  onFilter: (f: Partial<Filters>) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="table audit-table">
        <caption className="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Patient</th>
            <th scope="col">Note</th>
            <th scope="col">Outcome</th>
            <th scope="col">From</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq} data-seq={e.seq}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <td>
                {e.userId ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onFilter({ user: e.userId ?? "" })}
                    aria-label={`Show only entries by ${e.userName ?? e.userId}`}
                  >
                    {e.userName ?? short(e.userId)}
                  </button>
                ) : (
                  <span className="muted">nobody signed in</span>
                )}
                {e.role ? <span className="muted small block">{roleLabel(e.role)}</span> : null}
              </td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.patientId ? (
                  <button
                    type="button"
                    className="link-button code"
                    title={e.patientId}
                    onClick={() => onFilter({ patient: e.patientId ?? "" })}
                    aria-label={`Show only entries for patient ${e.patientId}`}
                  >
                    {short(e.patientId)}
                  </button>
                ) : null}
              </td>
              <td>
                {e.noteId ? (
                  <button
                    type="button"
                    className="link-button code"
                    title={e.noteId}
                    onClick={() => onFilter({ note: e.noteId ?? "" })}
                    aria-label={`Show only entries for note ${e.noteId}`}
                  >
                    {short(e.noteId)}
                  </button>
                ) : null}
              </td>
              <td>
                <span className={`status status-outcome-${e.outcome}`}>
                  {outcomeLabel(e.outcome)} {e.status}
                </span>
              </td>
              <td className="small">{e.clientAddress}</td>
              <td className="small audit-detail">{detailText(e.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
