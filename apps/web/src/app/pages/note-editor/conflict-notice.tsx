import type { NoteRecord } from "@tpi/schemas";
import { formatDateTime } from "../../../shared/format";

export type Conflict = { kind: "stale" | "signed"; latest: NoteRecord };

type Props = {
  conflict: Conflict;
  /** The signed-in user's id: a newer version saved by the same user came from another tab. */
  currentUserId: string | undefined;
  busy: boolean;
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  onDismiss: () => void;
};

/**
 * A save refused with 409. Nothing the user typed is dropped: their edits stay in the form until they
 * choose. Stale version: save over the newer version, or load it and discard theirs. Signed: it cannot
 * change any more.
 */
export function ConflictNotice({
  conflict,
  currentUserId,
  busy,
  onKeepMine,
  onLoadTheirs,
  onDismiss,
}: Props) {
  const { latest } = conflict;
  if (conflict.kind === "signed") {
    return (
      <div className="alert alert-error conflict" role="alert">
        <p className="alert-title">This note was signed and can no longer be changed</p>
        <p>
          Signed by {latest.signedBy ?? "another user"}
          {latest.signedAt ? ` at ${formatDateTime(latest.signedAt)}` : ""}. Your changes were not
          saved; they are still on screen so you can copy what you need into an addendum or a new
          note.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button-secondary"
            onClick={onLoadTheirs}
            disabled={busy}
          >
            Show the signed note (discard my changes)
          </button>
          <button type="button" className="button button-quiet" onClick={onDismiss}>
            Keep my changes on screen
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="alert alert-warning conflict" role="alert">
      <p className="alert-title">
        {latest.updatedBy === currentUserId
          ? "This note was saved from another tab or window while you were editing"
          : "Someone else saved this note while you were editing"}
      </p>
      <p>
        {latest.updatedBy === currentUserId ? "You saved" : "Another user saved"} version{" "}
        {latest.version} at {formatDateTime(latest.updatedAt)}. Your changes are not saved yet and
        are still here. Choose which version to keep.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={onKeepMine}
          disabled={busy}
        >
          Keep mine (save over version {latest.version})
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={onLoadTheirs}
          disabled={busy}
        >
          Load theirs (discard my changes)
        </button>
        <button type="button" className="button button-quiet" onClick={onDismiss}>
          Decide later
        </button>
      </div>
    </div>
  );
}
