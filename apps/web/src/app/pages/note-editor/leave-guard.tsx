import { useEffect, useId, useRef, useState } from "react";
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
      onLeave={() => {
        autosave.keepNow();
        removeGuard.current?.();
        setAsking(null);
        asking.proceed();
      }}
    />
  );
}

function LeaveDialog({
  status,
  keptLocally,
  onStay,
  onLeave,
}: {
  status: SaveStatus;
  keptLocally: boolean;
  onStay: () => void;
  onLeave: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    stayRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="editor-dialog leave-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={titleId}>Your latest changes have not reached the server</h2>
      <div id={bodyId}>
        <p>{statusText(status)}.</p>
        <p>
          {status.kind === "offline" ? "The server cannot be reached right now. " : ""}
          {keptLocally
            ? "The changes are kept in this browser and saved when you open this note again. Signing out deletes them."
            : "This browser could not keep them: leaving loses them."}
        </p>
      </div>
      <div className="button-row">
        <button ref={stayRef} type="button" className="button button-primary" onClick={onStay}>
          Stay on this note
        </button>
        <button type="button" className="button button-secondary" onClick={onLeave}>
          Leave anyway
        </button>
      </div>
    </dialog>
  );
}
