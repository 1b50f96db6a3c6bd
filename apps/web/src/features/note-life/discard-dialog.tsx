import { useId, useState } from "react";
import { ConfirmDialog } from "../../shared/ui/confirm-dialog";

type Props = {
  open: boolean;
  busy: boolean;
  onDiscard: (reason: string) => void;
  onCancel: () => void;
};

/**
 * Discarding an unsigned draft: it is kept and marked discarded (never deleted), but it leaves every
 * worklist, so the physician confirms it and may say why.
 */
export function DiscardDialog({ open, busy, onDiscard, onCancel }: Props) {
  const [reason, setReason] = useState("");
  const id = useId();
  return (
    <ConfirmDialog
      open={open}
      title="Discard this draft?"
      confirmLabel={busy ? "Discarding…" : "Discard the draft"}
      danger
      busy={busy}
      onConfirm={() => onDiscard(reason.trim())}
      onCancel={onCancel}
    >
      <p>
        The draft leaves the worklists and can no longer be changed or signed. It is kept in the
        record, marked as discarded.
      </p>
      <div className="field">
        <label htmlFor={id}>Reason (optional)</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
