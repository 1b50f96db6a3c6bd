import { useContext, useEffect, type ReactNode } from "react";
import { CodingResultContext } from "../../shared/coding-result";
import type { Note } from "@tpi/schemas";
import { CodePanelView } from "./code-panel-view";
import { useCoding } from "./use-coding";

export interface CodePanelProps {
  /** The note as the form holds it right now, parsed; null before the form has a valid note. */
  readonly note: Note | null;
  /** Focus the form control for a note field path ("procedure.muscles.2.muscleId"). */
  readonly onJumpToField: (path: string) => void;
  /** Start collapsed to the one-line summary (tablets). */
  readonly defaultCollapsed?: boolean;
}

/** The live code panel: what the note supports, why, and what is still missing. */
export function CodePanel({ note, onJumpToField, defaultCollapsed }: CodePanelProps) {
  const coding = useCoding(note);
  // The form shows each injectate's claim line from this same result.
  const shared = useContext(CodingResultContext);
  useEffect(() => shared?.set(coding.result), [shared, coding.result]);
  switch (coding.status) {
    case "ready":
      return (
        <CodePanelView
          result={coding.result}
          onJumpToField={onJumpToField}
          defaultCollapsed={defaultCollapsed ?? false}
        />
      );
    case "no-note":
      return <PanelMessage>Codes appear here as the note is filled in.</PanelMessage>;
    case "loading":
      return <PanelMessage busy>Loading the code sets (once per session)…</PanelMessage>;
    case "engine-error":
      return (
        <PanelMessage>
          The codes could not be worked out for this note ({coding.error.message}). The note itself
          is unaffected and can still be saved.
        </PanelMessage>
      );
    case "error":
      return (
        <PanelMessage>
          The code sets could not be loaded, so codes cannot be shown.{" "}
          <button type="button" onClick={coding.retry}>
            Try again
          </button>
        </PanelMessage>
      );
  }
}

function PanelMessage({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <section
      className="cp"
      data-testid="code-panel"
      aria-labelledby="code-panel-title"
      aria-busy={busy}
    >
      <h2 id="code-panel-title" className="cp-title">
        Codes
      </h2>
      <p role="status">{children}</p>
    </section>
  );
}
