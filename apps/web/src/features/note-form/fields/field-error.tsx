/**
 * A field's error, where the field is. The paragraph is always there and polite-live, so a screen
 * reader announces a message when it appears or changes as the user types; the field points at it
 * (aria-describedby) and is marked invalid (aria-invalid) while it holds one.
 */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  return (
    <p className={message ? "field-error" : "field-error-empty"} id={id} aria-live="polite">
      {message ?? ""}
    </p>
  );
}
