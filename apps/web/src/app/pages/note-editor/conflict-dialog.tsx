import { useEffect, useId, useRef, useState } from "react";
import {
  fieldDifferences,
  useAutosaveView,
  type Autosave,
  type ConflictView,
  type Side,
} from "../../../features/autosave";
import { fieldLabel } from "../../../features/note-form/field-label";
import { shortTime } from "../../../shared/format";
import { sectionLabel } from "./section-labels";

/**
 * A save met a newer version with sections both people changed: a banner that says so, and a modal
 * dialog (native <dialog>: focus moves in, stays in, and returns where it was) asking, per clashing
 * section, whose version to keep. Nothing is chosen for the user; saving waits until every section has
 * a choice.
 */
export function ConflictResolver({ autosave }: { autosave: Autosave }) {
  const { conflict } = useAutosaveView(autosave);
  const [open, setOpen] = useState(true);
  const [shownFor, setShownFor] = useState(conflict);
  if (conflict !== shownFor) {
    // A new conflict opens the dialog again.
    setShownFor(conflict);
    setOpen(true);
  }
  if (!conflict) return null;
  const who = conflict.changedBy ?? "Another user";
  return (
    <>
      <div className="alert alert-warning conflict" role="alert">
        <p className="alert-title">
          {who} saved this note while you were editing;{" "}
          {conflict.merge.clashes.length === 1
            ? "one section was"
            : `${conflict.merge.clashes.length} sections were`}{" "}
          changed by both of you
        </p>
        <p>
          Your changes are kept and not saved yet. Choose what to keep in{" "}
          {conflict.merge.clashes.map(sectionLabel).join(", ")}.
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => setOpen(true)}>
            Choose what to keep
          </button>
        </div>
      </div>
      {open ? (
        <ConflictDialog
          conflict={conflict}
          onResolve={(choices) => autosave.resolveConflict(choices)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

function ConflictDialog({
  conflict,
  onResolve,
  onClose,
}: {
  conflict: ConflictView;
  onResolve: (choices: Record<string, Side>) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [missing, setMissing] = useState<readonly string[]>([]);
  const { latest, merge, mine, sectionAuthors } = conflict;
  const who = conflict.changedBy ?? "Another user";

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  const apply = () => {
    const open = merge.clashes.filter((key) => choices[key] === undefined);
    setMissing(open);
    if (open.length > 0) {
      document.getElementById(choiceId(open[0] ?? "", "mine"))?.focus();
      return;
    }
    onResolve(choices);
  };

  return (
    <dialog
      ref={ref}
      className="editor-dialog conflict-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{who} changed the same sections</h2>
      <div id={introId}>
        <p>
          {who} saved version {latest.version} at {shortTime(latest.updatedAt)}.
          {merge.theirsOnly.length > 0
            ? ` Their changes to ${merge.theirsOnly.map(sectionLabel).join(", ")} are taken as they are.`
            : ""}
          {merge.mineOnly.length > 0
            ? ` Your changes to ${merge.mineOnly.map(sectionLabel).join(", ")} are kept.`
            : ""}
        </p>
        <p>For each section below, both of you changed it: choose whose version to keep.</p>
      </div>
      {merge.clashes.map((key) => {
        const author = sectionAuthors[key] ?? who;
        const differences = fieldDifferences(
          key,
          mine[key],
          latest.note[key as keyof typeof latest.note],
        );
        const errorId = `${choiceId(key, "error")}`;
        return (
          <fieldset
            key={key}
            className="conflict-section"
            aria-describedby={missing.includes(key) ? errorId : undefined}
          >
            <legend>
              {sectionLabel(key)} <span className="conflict-author">changed by {author}</span>
            </legend>
            <table className="conflict-differences">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Yours</th>
                  <th scope="col">{author}&rsquo;s</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={d.path}>
                    <th scope="row">{fieldLabel(d.path)}</th>
                    <td>{shown(d.mine)}</td>
                    <td>{shown(d.theirs)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {(["mine", "theirs"] as const).map((side) => (
              <label key={side} className="conflict-choice" htmlFor={choiceId(key, side)}>
                <input
                  type="radio"
                  id={choiceId(key, side)}
                  name={`conflict-${key}`}
                  checked={choices[key] === side}
                  onChange={() => setChoices((c) => ({ ...c, [key]: side }))}
                />{" "}
                {side === "mine" ? "Keep mine" : `Take ${author}'s`}
              </label>
            ))}
            {missing.includes(key) ? (
              <p className="field-error" id={errorId}>
                Choose one for {sectionLabel(key)}.
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={apply}>
          Save with these choices
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Decide later
        </button>
      </div>
    </dialog>
  );
}

function choiceId(key: string, part: string): string {
  return `conflict-${key}-${part}`;
}

/** A value as a short text for the comparison table. */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === "") return "(empty)";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.length === 0) return "(none)";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
