import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from "react";

type Props = {
  open: boolean;
  title: string;
  /** Called when the user dismisses the dialog (Escape or a close button); the parent sets open=false. */
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** "alertdialog" for a dialog that needs an answer now (the idle sign-out warning). */
  role?: "dialog" | "alertdialog";
  /** The id of the text that says what the dialog is about, read after its title. */
  describedBy?: string;
};

/**
 * A modal dialog on the browser's own <dialog>: showModal() gives the focus trap, Escape, the inert
 * page behind and the return of focus for free, so none of it is re-implemented here. The title names
 * the dialog (aria-labelledby). A child with the attribute data-autofocus takes the focus on opening.
 */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  className,
  role,
  describedBy,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() focuses the first focusable element. React's autoFocus cannot pick another: it
      // runs while the dialog is still closed (display: none), where nothing takes focus. A child
      // marked data-autofocus (a confirmation's safe "Cancel") is focused here instead.
      const asked = dialog.querySelector("[data-autofocus]");
      if (asked instanceof HTMLElement) asked.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  // Taken away while open (its parent stops rendering it): closed first, so the browser gives the
  // focus back to where it was, as when it closes by itself.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${className ? ` ${className}` : ""}`}
      aria-labelledby={titleId}
      role={role}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let React's state decide, so the dialog and `open` never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
