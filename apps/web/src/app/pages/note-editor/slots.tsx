import { lazy, Suspense } from "react";
import type { Note } from "@tpi/schemas";
import { NarrativePreview } from "../../../features/narrative";

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

/** The printable procedure narrative, regenerated from the live note. */
export function NarrativeSlot({ note }: { note: Note }) {
  return <NarrativePreview note={note} />;
}
