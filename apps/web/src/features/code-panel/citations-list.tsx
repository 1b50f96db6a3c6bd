import type { Citation } from "@tpi/schemas";

/** The sources a line or finding rests on: title, where in it, and a link when there is one. */
export function CitationsList({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="cp-citations">
      {citations.map((c) => (
        <li key={`${c.source}|${c.locator}`}>
          {c.url ? (
            <a href={c.url} target="_blank" rel="noreferrer noopener">
              {c.title}
            </a>
          ) : (
            <span>{c.title}</span>
          )}
          {c.locator ? <span className="cp-locator">, {c.locator}</span> : null}
        </li>
      ))}
    </ul>
  );
}
