import { lazy, Suspense } from "react";
import type { Note } from "@tpi/schemas";

// The code panel brings the engine and the code-set loader: its own chunk, so the form is usable first.
const CodePanel = lazy(() =>
  import("../../../features/code-panel").then((m) => ({ default: m.CodePanel })),
);

/** On a tablet the panel sits pinned under the form, so it starts as its one-line summary. */
function narrowScreen(): boolean {
  return (
    typeof window.matchMedia === "function" && window.matchMedia("(max-width: 1099px)").matches
  );
}

export function CodePanelSlot({
  note,
  onJumpToField,
}: {
  note: Note;
  onJumpToField: (path: string) => void;
}) {
  return (
    <Suspense
      fallback={
        <section className="panel" aria-busy="true">
          <h2>Codes</h2>
          <p className="muted">Loading the code panel…</p>
        </section>
      }
    >
      <CodePanel note={note} onJumpToField={onJumpToField} defaultCollapsed={narrowScreen()} />
    </Suspense>
  );
}

/*
 * SLOT for the colleague's <NarrativePreview note={note} /> from src/features/narrative: replace the body
 * with it once that feature is committed. Until then this placeholder keeps the layout.
 */
export function NarrativeSlot(_props: { note: Note }) {
  return (
    <section className="panel" aria-labelledby="narrative-slot-title">
      <h2 id="narrative-slot-title">Procedure note</h2>
      <p className="muted">The narrative preview is not available in this build.</p>
    </section>
  );
}
