import type { Addendum, CoderQuery } from "@tpi/schemas";
import { formatDateTime } from "../../shared/format";
import { addendumDomId, queryDomId } from "./addenda-list";

/** The coder's queries about a signed note, oldest first: open, or answered by a linked addendum. */
export function CoderQueriesList({
  queries,
  addenda,
}: {
  queries: readonly CoderQuery[];
  addenda: readonly Addendum[];
}) {
  if (queries.length === 0) return <p className="muted">No queries.</p>;
  return (
    <ol className="queries" aria-label="Queries to the physician">
      {queries.map((q) => {
        const answer = q.answeredByAddendumId
          ? addenda.find((a) => a.id === q.answeredByAddendumId)
          : undefined;
        return (
          <li key={q.id} id={queryDomId(q.id)} className="query" tabIndex={-1}>
            <p className="query-head">
              <strong>{q.authorName}</strong> asked,{" "}
              <time dateTime={q.at}>{formatDateTime(q.at)}</time>
            </p>
            <p className="query-text">{q.text}</p>
            <p className="small">
              {answer ? (
                <>
                  <span className="status status-signed">Answered</span> by{" "}
                  <a href={`#${addendumDomId(answer.id)}`}>addendum {answer.sequence}</a>
                </>
              ) : (
                <span className="status status-draft">Open</span>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
