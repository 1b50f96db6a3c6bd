import { useState } from "react";
import { getNoteText } from "../../features/api/note-text";

type State =
  { kind: "idle" } | { kind: "busy" } | { kind: "copied" } | { kind: "failed"; why: string };

/**
 * One click copies the note as plain text (the server's 78-column text) for pasting into another EHR,
 * and says so where a screen reader hears it too.
 */
export function CopyNoteButton({ noteId }: { noteId: string }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const copy = async () => {
    setState({ kind: "busy" });
    try {
      const text = await getNoteText(noteId);
      await navigator.clipboard.writeText(text);
      setState({ kind: "copied" });
    } catch (error) {
      setState({
        kind: "failed",
        why: error instanceof Error ? error.message : "the clipboard is not available",
      });
    }
  };
  return (
    <span className="copy-note">
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void copy()}
        disabled={state.kind === "busy"}
      >
        Copy note
      </button>
      <span role="status" aria-live="polite" className="copy-note-status">
        {state.kind === "copied"
          ? "Note copied as plain text"
          : state.kind === "failed"
            ? `Not copied: ${state.why}`
            : ""}
      </span>
    </span>
  );
}
