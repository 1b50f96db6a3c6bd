import { useId, useState } from "react";
import { RoleSchema, type AdminUser, type Role } from "@tpi/schemas";
import {
  useCreateUser,
  useResetPassword,
  useUpdateUser,
  useUsers,
} from "../../../features/api/admin";
import { isProblemError } from "../../../features/api/problem-error";
import { CreateUserForm } from "../../../features/admin/create-user-form";
import { formatDateTime } from "../../../shared/format";
import { ConfirmDialog } from "../../../shared/ui/confirm-dialog";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { Loading } from "../../../shared/ui/loading";
import { ModalDialog } from "../../../shared/ui/modal-dialog";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { roleLabel } from "../../role-label";
import { useSignedInUser } from "../../signed-in-user";

type Action =
  | { kind: "deactivate"; user: AdminUser }
  | { kind: "reactivate"; user: AdminUser }
  | { kind: "role"; user: AdminUser }
  | { kind: "password"; user: AdminUser };

/** Accounts: add, change role, reset password, deactivate or reactivate. */
export function UsersPage() {
  useDocumentTitle("Users");
  const me = useSignedInUser();
  const users = useUsers();
  const create = useCreateUser();
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = (message?: string) => {
    setAction(null);
    if (message) setDone(message);
  };

  return (
    <section className="admin-page">
      <h1>Users</h1>
      <CreateUserForm
        onSubmit={async (values) => {
          setDone(null);
          return create.mutateAsync(values);
        }}
      />
      <h2 id="accounts-title">Accounts</h2>
      <p className="muted">
        Changing a role, resetting a password or deactivating an account signs that person out
        everywhere at once. Accounts are never deleted: notes and the audit trail keep naming them.
      </p>
      {done ? (
        <p className="alert alert-info" role="status">
          {done}
        </p>
      ) : null}
      {users.isPending ? <Loading label="Loading the accounts" /> : null}
      {users.isError ? (
        <ErrorMessage error={users.error} title="Could not load the accounts" />
      ) : null}
      {users.data ? (
        <div className="table-scroll">
          <table className="table" aria-labelledby="accounts-title">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id} data-user-email={user.email}>
                  <th scope="row">
                    {user.displayName}
                    {user.id === me.id ? <span className="muted small"> (you)</span> : null}
                  </th>
                  <td>{user.email}</td>
                  <td>{roleLabel(user.role)}</td>
                  <td>
                    {user.active ? (
                      <span className="status status-active">Active</span>
                    ) : (
                      <span className="status status-deactivated">
                        Deactivated
                        {user.deactivatedAt ? (
                          <span className="visually-hidden">
                            {" "}
                            {formatDateTime(user.deactivatedAt)}
                          </span>
                        ) : null}
                      </span>
                    )}
                  </td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        onClick={() => setAction({ kind: "role", user })}
                        aria-label={`Change role of ${user.displayName}`}
                      >
                        Change role
                      </button>
                      <button
                        type="button"
                        className="button button-quiet button-small"
                        onClick={() => setAction({ kind: "password", user })}
                        aria-label={`Reset password of ${user.displayName}`}
                      >
                        Reset password
                      </button>
                      {user.id === me.id ? null : user.active ? (
                        <button
                          type="button"
                          className="button button-danger-quiet button-small"
                          onClick={() => setAction({ kind: "deactivate", user })}
                          aria-label={`Deactivate ${user.displayName}`}
                        >
                          Deactivate
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          onClick={() => setAction({ kind: "reactivate", user })}
                          aria-label={`Reactivate ${user.displayName}`}
                        >
                          Reactivate
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {action?.kind === "deactivate" || action?.kind === "reactivate" ? (
        <ActiveDialog action={action} onDone={close} />
      ) : null}
      {action?.kind === "role" ? <RoleDialog user={action.user} onDone={close} /> : null}
      {action?.kind === "password" ? <PasswordDialog user={action.user} onDone={close} /> : null}
    </section>
  );
}

function ActiveDialog({
  action,
  onDone,
}: {
  action: { kind: "deactivate" | "reactivate"; user: AdminUser };
  onDone: (message?: string) => void;
}) {
  const update = useUpdateUser();
  const deactivate = action.kind === "deactivate";
  const { user } = action;
  return (
    <ConfirmDialog
      open
      title={deactivate ? `Deactivate ${user.displayName}?` : `Reactivate ${user.displayName}?`}
      confirmLabel={deactivate ? "Deactivate" : "Reactivate"}
      danger={deactivate}
      busy={update.isPending}
      onCancel={() => onDone()}
      onConfirm={() =>
        update.mutate(
          { id: user.id, change: { active: !deactivate } },
          {
            onSuccess: () =>
              onDone(
                deactivate
                  ? `${user.displayName} is deactivated and signed out everywhere.`
                  : `${user.displayName} can sign in again.`,
              ),
          },
        )
      }
    >
      <p>
        {deactivate
          ? `${user.displayName} (${user.email}) is signed out at once and can no longer sign in. Their notes and audit entries stay.`
          : `${user.displayName} (${user.email}) can sign in again with their password.`}
      </p>
      {update.isError ? <ErrorMessage error={update.error} title="Not changed" /> : null}
    </ConfirmDialog>
  );
}

function RoleDialog({ user, onDone }: { user: AdminUser; onDone: (message?: string) => void }) {
  const update = useUpdateUser();
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  return (
    <ModalDialog open title={`Role of ${user.displayName}`} onClose={() => onDone()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (role === user.role) return onDone();
          update.mutate(
            { id: user.id, change: { role } },
            {
              onSuccess: () =>
                onDone(
                  `${user.displayName} is now ${roleLabel(role).toLowerCase()}; they were signed out to take it up.`,
                ),
            },
          );
        }}
      >
        <div className="dialog-body">
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select
              id={`${id}-role`}
              value={role}
              onChange={(e) => setRole(RoleSchema.parse(e.target.value))}
              aria-describedby={`${id}-hint`}
            >
              {RoleSchema.options.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </select>
            <p className="hint" id={`${id}-hint`}>
              The person is signed out everywhere and signs in again with the new role.
            </p>
          </div>
          {update.isError ? (
            <ErrorMessage
              error={update.error}
              title={isProblemError(update.error, 409) ? "The last administrator" : "Not changed"}
            />
          ) : null}
        </div>
        <div className="button-row dialog-actions">
          <button type="submit" className="button button-primary" disabled={update.isPending}>
            Save role
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function PasswordDialog({ user, onDone }: { user: AdminUser; onDone: (message?: string) => void }) {
  const reset = useResetPassword();
  const id = useId();
  const [password, setPassword] = useState("");
  const fieldError = isProblemError(reset.error)
    ? reset.error.fieldErrors.find((e) => e.path === "password")?.message
    : undefined;
  const otherError = reset.isError && fieldError === undefined;
  return (
    <ModalDialog open title={`New password for ${user.displayName}`} onClose={() => onDone()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          reset.mutate(
            { id: user.id, body: { password } },
            {
              onSuccess: () =>
                onDone(`${user.displayName} has a new password and was signed out everywhere.`),
            },
          );
        }}
        noValidate
      >
        <div className="dialog-body">
          <div className="field">
            <label htmlFor={`${id}-password`}>New password</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ""}`}
              data-autofocus
            />
            <p className="hint" id={`${id}-hint`}>
              At least 12 characters. Tell it to the person in private; their sessions end now.
            </p>
            {fieldError ? (
              <p className="field-error" id={`${id}-error`} role="alert">
                {fieldError}
              </p>
            ) : null}
          </div>
          {otherError ? <ErrorMessage error={reset.error} title="Not changed" /> : null}
        </div>
        <div className="button-row dialog-actions">
          <button type="submit" className="button button-primary" disabled={reset.isPending}>
            Set password
          </button>
          <button type="button" className="button button-secondary" onClick={() => onDone()}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
