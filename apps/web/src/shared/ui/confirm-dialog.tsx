import type { ReactNode } from "react";
import { ModalDialog } from "./modal-dialog";

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The confirming action destroys or hides something: shown as a danger button. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before an action that cannot simply be undone. Focus starts on "Cancel" (the safe choice), so
 * a stray Enter never confirms.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <ModalDialog open={open} title={title} onClose={onCancel}>
      <div className="dialog-body">{children}</div>
      <div className="button-row dialog-actions">
        <button
          type="button"
          className={`button ${danger ? "button-danger" : "button-primary"}`}
          onClick={onConfirm}
          disabled={busy}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} data-autofocus>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
