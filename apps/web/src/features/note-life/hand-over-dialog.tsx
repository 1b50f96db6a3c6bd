import { useId, useState } from "react";
import { ModalDialog } from "../../shared/ui/modal-dialog";

export type PhysicianOption = { id: string; displayName: string };

type Props = {
  open: boolean;
  /** The clinic's physicians; empty or absent: the note goes to any physician. */
  physicians: readonly PhysicianOption[] | undefined;
  busy: boolean;
  onHandOver: (toPhysicianId: string | null) => void;
  onCancel: () => void;
};

/** The assistant hands the pre-filled draft over: to a named physician, or to whichever physician. */
export function HandOverDialog({ open, physicians, busy, onHandOver, onCancel }: Props) {
  const [to, setTo] = useState("");
  const selectId = useId();
  return (
    <ModalDialog open={open} title="Hand over to a physician" onClose={onCancel}>
      <div className="dialog-body">
        <p>
          The note goes on the physician&apos;s worklist. You can still change your sections until
          it is signed.
        </p>
        {physicians && physicians.length > 0 ? (
          <div className="field">
            <label htmlFor={selectId}>Physician</label>
            <select id={selectId} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="">Any physician</option>
              {physicians.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <div className="button-row dialog-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => onHandOver(to || null)}
        >
          {busy ? "Handing over…" : "Hand over"}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
