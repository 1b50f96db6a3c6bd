import { useEffect, useId, useRef, useState } from "react";
import { ModalDialog } from "../../../shared/ui/modal-dialog";
import { useAutosaveView, type Autosave, type SaveStatus } from "../../../features/autosave";
import { setLeaveGuard } from "../../../shared/leave-guard";
import { statusText } from "./save-status";

/**
 * Leaving the note (a link, Back, sign-out) while the server lacks some changes: save first and go on
 * when the save is through. When it cannot be (offline, a conflict, a field holding the note back, a
 * refusal), a dialog says why and where the changes are, and the user stays or leaves.
 *
 * Closing or reloading the tab needs no question: the changes are kept in the browser and restored.
 * Only when the browser refused to keep them does the browser's own prompt ask.
 */
export function LeaveGuard({ autosave }: { autosave: Autosave }) {
  const { unsaved, notKeptLocally, status } = useAutosaveView(autosave);
  const [asking, setAsking] = useState<{ proceed: () => void } | null>(null);
  const removeGuard = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!unsaved) return;
    const remove = setLeaveGuard((proceed) => {
      if (!autosave.hasUnsavedChanges()) return true;
      void autosave.flush().then((saved) => {
        if (saved) proceed();
        else setAsking({ proceed });
      });
      return false;
    });
    removeGuard.current = remove;
    return () => {
      remove();
      removeGuard.current = null;
    };
  }, [unsaved, autosave]);

  useEffect(() => {
    if (!unsaved || !notKeptLocally) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show their prompt.
      event.returnValue = "This note has changes that are not saved.";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsaved, notKeptLocally]);

  if (!asking) return null;
  return (
    <LeaveDialog
      status={status}
      keptLocally={!notKeptLocally}
      onStay={() => setAsking(null)}
      onSaveAndLeave={() => autosave.flush()}
      onLeave={() => {
        autosave.keepNow();
        removeGuard.current?.();
        setAsking(null);
        asking.proceed();
      }}
      onSaved={() => {
        removeGuard.current?.();
        setAsking(null);
        asking.proceed();
      }}
    />
  );
}

/**
 * The app's one modal dialog (shared/ui/modal-dialog: the browser's own <dialog>, with its focus
 * trap, Escape and inert page) asking what to do: save and leave, leave without saving, or stay.
 * Focus starts on "Stay", the choice that loses nothing.
 */
function LeaveDialog({
  status,
  keptLocally,
  onStay,
  onSaveAndLeave,
  onSaved,
  onLeave,
}: {
  status: SaveStatus;
  keptLocally: boolean;
  onStay: () => void;
  onSaveAndLeave: () => Promise<boolean>;
  onSaved: () => void;
  onLeave: () => void;
}) {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const bodyId = useId();
  return (
    <ModalDialog
      open
      title="Your latest changes have not reached the server"
      onClose={onStay}
      className="editor-dialog leave-dialog"
      describedBy={bodyId}
    >
      <div className="dialog-body" id={bodyId}>
        <p>{statusText(status)}.</p>
        <p>
          {status.kind === "offline" ? "The server cannot be reached right now. " : ""}
          {keptLocally
            ? "Leaving without saving keeps the changes in this browser; they are saved when you open this note again. Signing out deletes them."
            : "This browser could not keep them: leaving without saving loses them."}
        </p>
        <p className="field-error-empty" aria-live="polite">
          {failed ? "Still not saved: the server did not take the changes." : ""}
        </p>
      </div>
      <div className="button-row dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={saving}
          onClick={() => {
            setSaving(true);
            setFailed(false);
            void onSaveAndLeave().then((saved) => {
              setSaving(false);
              if (saved) onSaved();
              else setFailed(true);
            });
          }}
        >
          {saving ? "Saving…" : "Save and leave"}
        </button>
        <button type="button" className="button button-secondary" onClick={onLeave}>
          Leave without saving
        </button>
        <button type="button" className="button button-quiet" data-autofocus onClick={onStay}>
          Stay
        </button>
      </div>
    </ModalDialog>
  );
}
