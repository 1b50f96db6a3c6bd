import { useId, useState, type FormEvent } from "react";
import { changeOwnPassword } from "../../features/api/session-info";
import { isProblemError } from "../../features/api/problem-error";
import { useDocumentTitle } from "../../shared/use-document-title";
import { roleLabel } from "../role-label";
import { useSignedInUser } from "../signed-in-user";

type Field = "currentPassword" | "newPassword" | "repeat";

/** The signed-in user's own account: who they are, and a password change (other sessions end). */
export function AccountPage() {
  useDocumentTitle("Your account");
  const me = useSignedInUser();
  const id = useId();
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", repeat: "" });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setFailure(null);
    const found: Partial<Record<Field, string>> = {};
    if (values.currentPassword === "") found.currentPassword = "Enter your current password";
    if (values.newPassword.length < 12) found.newPassword = "Use at least 12 characters";
    if (values.repeat !== values.newPassword) found.repeat = "The two new passwords differ";
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await changeOwnPassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      setValues({ currentPassword: "", newPassword: "", repeat: "" });
      setDone(true);
    } catch (error) {
      const fields = isProblemError(error) ? error.fieldErrors : [];
      const mapped: Partial<Record<Field, string>> = {};
      for (const f of fields) {
        if (f.path === "currentPassword" || f.path === "newPassword") mapped[f.path] = f.message;
      }
      setErrors(mapped);
      const first = Object.keys(mapped)[0];
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      else setFailure(error instanceof Error ? error.message : "The password was not changed.");
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type="password"
        autoComplete={autoComplete}
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={
          [hint ? `${id}-${field}-hint` : "", errors[field] ? `${id}-${field}-error` : ""]
            .filter(Boolean)
            .join(" ") || undefined
        }
      />
      {hint ? (
        <p className="hint" id={`${id}-${field}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[field] ? (
        <p className="field-error" id={`${id}-${field}-error`}>
          {errors[field]}
        </p>
      ) : null}
    </div>
  );

  return (
    <section className="narrow">
      <h1>Your account</h1>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{roleLabel(me.role)}</dd>
        </div>
      </dl>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Change your password</h2>
        {done ? (
          <p className="alert alert-info" role="status">
            Password changed. Anywhere else you were signed in has been signed out.
          </p>
        ) : null}
        {failure ? (
          <p className="alert alert-error" role="alert">
            {failure}
          </p>
        ) : null}
        {input("currentPassword", "Current password", "current-password")}
        {input(
          "newPassword",
          "New password",
          "new-password",
          "At least 12 characters; a few unrelated words work well.",
        )}
        {input("repeat", "New password again", "new-password")}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? "Changing…" : "Change password"}
        </button>
      </form>
    </section>
  );
}
