import type { Autosave, AutosaveNotice, Refusal, SaveStatus } from "../../../features/autosave";
import { useAutosaveView } from "../../../features/autosave";
import { fieldLabel } from "../../../features/note-form/field-label";
import { sectionLabel } from "./section-labels";
import { shortTime } from "../../../shared/format";

/** The one line the save indicator shows. */
export function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case "saved":
      return `Saved ${shortTime(status.at)}`;
    case "unsaved":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline – changes kept, retrying";
    case "held":
      return `Not saved yet: ${status.path ? fieldLabel(status.path) : "a field"} needs a valid value`;
    case "conflict":
      return "Not saved: someone else changed this note";
    case "refused":
      return refusalShort(status.refusal);
  }
}

function refusalShort(refusal: Refusal): string {
  switch (refusal.kind) {
    case "signed":
      return "Not saved: the note is signed";
    case "forbidden":
      return "Not saved: not allowed for your role";
    case "signed-out":
      return "Not saved: signed out";
    case "invalid":
      return "Not saved: check the marked fields";
    case "failed":
      return "Not saved";
  }
}

/** The save indicator, announced politely as it changes. Signed notes say so instead. */
export function SaveStatusText({ autosave, readOnly }: { autosave: Autosave; readOnly: boolean }) {
  const { status } = useAutosaveView(autosave);
  const kind = readOnly ? "read-only" : status.kind;
  return (
    <span className={`save-state save-state-${kind}`} role="status" aria-live="polite">
      {readOnly ? "Signed: read only" : statusText(status)}
    </span>
  );
}

/**
 * A save the server refused for a reason retrying cannot fix: said plainly, with what the user can do.
 * Automatic saving resumes when the user changes something (or presses Try again).
 */
export function SaveProblem({
  autosave,
  onShowLatest,
}: {
  autosave: Autosave;
  onShowLatest: () => void;
}) {
  const { status } = useAutosaveView(autosave);
  if (status.kind !== "refused") return null;
  const { refusal } = status;
  const retry = (
    <button type="button" className="button button-secondary" onClick={() => autosave.saveNow()}>
      Try again
    </button>
  );
  switch (refusal.kind) {
    case "signed":
      return (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">This note was signed and can no longer be changed</p>
          <p>
            Your latest changes were not saved. They are still on screen, so you can copy what you
            need into an addendum.
          </p>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={onShowLatest}>
              Show the signed note (discard my changes)
            </button>
          </div>
        </div>
      );
    case "forbidden":
      return (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Your role may not save this change</p>
          <p>{refusal.message}</p>
          <p>Undo the change to that section; saving resumes on its own.</p>
        </div>
      );
    case "signed-out":
      return (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">Your session has ended; the note was not saved</p>
          <p>
            Your changes are kept in this browser.{" "}
            <a href="/sign-in" target="_blank" rel="noreferrer">
              Sign in again in a new tab
            </a>
            , then come back and press Try again.
          </p>
          <div className="button-row">{retry}</div>
        </div>
      );
    case "invalid":
      return (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">The server did not accept the note</p>
          <p>{refusal.message} The fields are marked below.</p>
        </div>
      );
    case "failed":
      return (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">The note was not saved. Your changes are still here.</p>
          <p>{refusal.message}</p>
          <div className="button-row">{retry}</div>
        </div>
      );
  }
}

/** "Restored unsaved changes" and "merged with changes by …": told once, dismissible. */
export function AutosaveNoticeBanner({ autosave }: { autosave: Autosave }) {
  const { notice } = useAutosaveView(autosave);
  if (!notice) return null;
  return (
    <div className="alert alert-info" role="status">
      <p className="alert-title">{noticeTitle(notice)}</p>
      {notice.kind === "merged" && notice.theirs.length > 0 ? (
        <p>Taken from their version: {notice.theirs.map(sectionLabel).join(", ")}.</p>
      ) : null}
      <button
        type="button"
        className="button button-quiet"
        onClick={() => autosave.dismissNotice()}
      >
        Dismiss
      </button>
    </div>
  );
}

function noticeTitle(notice: AutosaveNotice): string {
  if (notice.kind === "restored") {
    return `Restored unsaved changes from ${shortTime(notice.keptAt)} that had not reached the server (kept in this browser).`;
  }
  const who = notice.changedBy ?? "Another user";
  return `${who} saved this note while you were editing; their changes and yours are merged.`;
}
