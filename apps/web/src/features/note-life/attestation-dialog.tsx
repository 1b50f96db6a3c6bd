import { useId, useState } from "react";
import { ModalDialog } from "../../shared/ui/modal-dialog";

type Props = {
  open: boolean;
  /** The statement the physician signs; stored verbatim with the signature. */
  attestation: string;
  busy: boolean;
  onSign: (attestation: string) => void;
  onCancel: () => void;
};

/**
 * The last step before a note is locked: the physician reads the attestation and confirms it. The
 * Sign button stays disabled, with the reason beside it, until the statement is confirmed.
 */
export function AttestationDialog({ open, attestation, busy, onSign, onCancel }: Props) {
  const [confirmed, setConfirmed] = useState(false);
  const checkId = useId();
  const reasonId = useId();
  const close = () => {
    setConfirmed(false);
    onCancel();
  };
  return (
    <ModalDialog open={open} title="Sign this note" onClose={close}>
      <div className="dialog-body">
        <p>
          Once signed, the note cannot be changed. Corrections and additions are made as addenda.
        </p>
        <blockquote className="attestation-text">{attestation}</blockquote>
        <div className="field-checkbox">
          <input
            id={checkId}
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />
          <label htmlFor={checkId}>I confirm this statement</label>
        </div>
      </div>
      <div className="button-row dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!confirmed || busy}
          aria-describedby={confirmed ? undefined : reasonId}
          onClick={() => onSign(attestation)}
        >
          {busy ? "Signing…" : "Sign note"}
        </button>
        <button type="button" className="button button-secondary" onClick={close}>
          Cancel
        </button>
        {!confirmed ? (
          <span id={reasonId} className="muted small">
            Confirm the statement to sign.
          </span>
        ) : null}
      </div>
    </ModalDialog>
  );
}
