import "./status-mark.css";

export type MarkKind = "error" | "warning" | "info" | "incomplete" | "done";

/*
 * A status said in a word and a shape, never by colour or an emoji alone: an emoji renders as an
 * empty box on a machine without an emoji font, and colour is not seen by everyone (WCAG 1.4.1).
 * The shapes are drawn (SVG), so they need no font: an octagon for an error, a triangle for a
 * warning, a circle for a note, a dashed circle for something not finished, a tick for done.
 */
const WORD: Record<MarkKind, string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
  incomplete: "Incomplete",
  done: "Done",
};

function Shape({ kind }: { kind: MarkKind }) {
  switch (kind) {
    case "error":
      return (
        <polygon
          points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5"
          fill="currentColor"
          stroke="currentColor"
        />
      );
    case "warning":
      return <polygon points="8,1 15,15 1,15" fill="currentColor" stroke="currentColor" />;
    case "info":
      return <circle cx="8" cy="8" r="6.5" fill="currentColor" />;
    case "incomplete":
      return (
        <circle
          cx="8"
          cy="8"
          r="6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="3 2"
        />
      );
    case "done":
      return (
        <polyline points="2,9 6,13 14,3" fill="none" stroke="currentColor" strokeWidth="2.5" />
      );
  }
}

/** The shape and the word ("Incomplete"); `word` replaces the word where the context says more. */
export function StatusMark({ kind, word }: { kind: MarkKind; word?: string }) {
  return (
    <span className={`status-mark status-mark-${kind}`}>
      <svg className="status-mark-shape" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <Shape kind={kind} />
      </svg>
      <span className="status-mark-word">{word ?? WORD[kind]}</span>
    </span>
  );
}
