import type { Addendum, CoderQuery } from "@tpi/schemas";
import { formatDateTime } from "../../shared/format";

/** The DOM id of an addendum, so a query answered by it can link to it (and back). */
export const addendumDomId = (id: string) => `addendum-${id}`;
export const queryDomId = (id: string) => `query-${id}`;

/**
 * A signed note's addenda in the order written, each with its author, time and reason. A query it
 * answers is linked, so the coder sees the question and its answer together.
 */
export function AddendaList({
  addenda,
  queries,
}: {
  addenda: readonly Addendum[];
  queries: readonly CoderQuery[];
}) {
  if (addenda.length === 0) return <p className="muted">No addenda.</p>;
  const sorted = [...addenda].sort((a, b) => a.sequence - b.sequence);
  return (
    <ol className="addenda" aria-label="Addenda, in the order written">
      {sorted.map((a) => {
        const answered = a.answersQueryId
          ? queries.find((q) => q.id === a.answersQueryId)
          : undefined;
        return (
          <li key={a.id} id={addendumDomId(a.id)} className="addendum" tabIndex={-1}>
            <p className="addendum-head">
              <strong>Addendum {a.sequence}</strong> by {a.authorName},{" "}
              <time dateTime={a.at}>{formatDateTime(a.at)}</time>
            </p>
            <p className="addendum-reason">Reason: {a.reason}</p>
            <p className="addendum-text">{a.text}</p>
            {answered ? (
              <p className="addendum-answers small">
                Answers{" "}
                <a href={`#${queryDomId(answered.id)}`}>the query from {answered.authorName}</a>: “
                {answered.text}”
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
