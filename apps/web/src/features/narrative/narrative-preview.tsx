import { useMemo } from "react";
import type { Note } from "@tpi/schemas";
import { narrateSections } from "@tpi/document";
import "./narrative-preview.css";

/** The note as prose, the way it will print; updates as the form changes. */
export function NarrativePreview({
  note,
  title = "Procedure note",
}: {
  note: Note | null;
  title?: string;
}) {
  const sections = useMemo(() => (note ? narrateSections(note) : []), [note]);
  return (
    <article
      className="narrative"
      aria-labelledby="narrative-title"
      data-testid="narrative-preview"
    >
      <h2 id="narrative-title" className="narrative-title">
        {title}
      </h2>
      {sections.length === 0 ? (
        <p className="narrative-empty">Nothing documented yet.</p>
      ) : (
        sections.map((s) => (
          <section key={s.id} className="narrative-section" aria-labelledby={`narrative-${s.id}`}>
            <h3 id={`narrative-${s.id}`}>{s.heading}</h3>
            <p>{s.text}</p>
          </section>
        ))
      )}
    </article>
  );
}
