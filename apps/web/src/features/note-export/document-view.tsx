import { layoutDocument, type Block } from "@tpi/document";
import type { NoteDocument } from "@tpi/schemas";

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "paragraph":
      return <p className="doc-paragraph">{block.text}</p>;
    case "field":
      return (
        <p className="doc-field">
          <span className="doc-label">{block.label}:</span> {block.value}
        </p>
      );
    case "table":
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {block.table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/**
 * The note as a clinical document, from the same layout the server's text and PDF walk: the words and
 * their order cannot differ from the PDF. Nothing of the editor is here.
 */
export function DocumentView({ doc }: { doc: NoteDocument }) {
  return (
    <article className="doc" aria-labelledby="doc-title" data-testid="note-document">
      <h1 id="doc-title" className="doc-title">
        {doc.title}
      </h1>
      {doc.draftMark ? <p className="doc-draft-mark">{doc.draftMark}</p> : null}
      {layoutDocument(doc).map((s) => (
        <section
          key={s.id}
          className={`doc-section${s.blocks.some((b) => b.kind === "table") ? " doc-section-table" : ""}`}
          aria-labelledby={s.heading === null ? undefined : `doc-${s.id}`}
        >
          {s.heading === null ? null : (
            <h2 id={`doc-${s.id}`} className="doc-heading">
              {s.heading}
            </h2>
          )}
          {s.blocks.map((b, i) => (
            <BlockView key={i} block={b} />
          ))}
        </section>
      ))}
    </article>
  );
}
