import { useId, useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";
import {
  CreateUserRequestSchema,
  RoleSchema,
  type AdminUser,
  type CreateUserRequest,
} from "@tpi/schemas";
import { isProblemError } from "../../features/api/problem-error";
import { roleLabel } from "../../app/role-label";

type Input = z.input<typeof CreateUserRequestSchema>;
type Output = z.output<typeof CreateUserRequestSchema>;

type Props = {
  /** Sends the new account; rejects with the server's problem (409 email taken, 400 weak password). */
  onSubmit: (values: CreateUserRequest) => Promise<AdminUser>;
};

const FIELDS: readonly FieldPath<Input>[] = ["displayName", "email", "role", "password"];

/**
 * A new account: checked with the API's own CreateUserRequestSchema before sending; the server's
 * refusals (an email in use, a password too easy to guess) land on their fields, announced.
 */
export function CreateUserForm({ onSubmit }: Props) {
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({
    resolver: zodResolver(CreateUserRequestSchema),
    defaultValues: { email: "", displayName: "", role: "medical-assistant", password: "" },
  });

  const [created, setCreated] = useState<AdminUser | null>(null);
  const submit = handleSubmit(async (values) => {
    setCreated(null);
    try {
      const user = await onSubmit(values);
      reset({ email: "", displayName: "", role: values.role, password: "" });
      setCreated(user);
    } catch (error) {
      const fieldErrors = isProblemError(error) ? error.fieldErrors : [];
      const known = fieldErrors.filter((e) => (FIELDS as readonly string[]).includes(e.path));
      for (const e of known) {
        setError(e.path as FieldPath<Input>, { message: e.message }, { shouldFocus: true });
      }
      if (known.length === 0) {
        setError("root", {
          message: error instanceof Error ? error.message : "The account could not be created.",
        });
      }
    }
  });

  const described = (name: FieldPath<Input>, hint?: string) => {
    const ids = [hint, errors[name as keyof typeof errors] ? `${id}-${name}-error` : undefined];
    return ids.filter(Boolean).join(" ") || undefined;
  };
  const error = (name: FieldPath<Input>) => {
    const message = (errors[name as keyof typeof errors] as { message?: string } | undefined)
      ?.message;
    return message ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {message}
      </p>
    ) : null;
  };

  return (
    <form
      className="admin-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={`${id}-title`}>Add a user</h2>
      {errors.root ? (
        <p className="alert alert-error" role="alert">
          {errors.root.message}
        </p>
      ) : null}
      {created ? (
        <p className="alert alert-info" role="status">
          Account created for {created.displayName} ({created.email}). Give them the email and
          password; they can change the password under &quot;Your account&quot;.
        </p>
      ) : null}
      <div className="admin-form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>Full name</label>
          <input
            id={`${id}-name`}
            autoComplete="off"
            aria-invalid={errors.displayName ? true : undefined}
            aria-describedby={described("displayName")}
            {...register("displayName")}
          />
          {error("displayName")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="off"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={described("email")}
            {...register("email")}
          />
          {error("email")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={described("role")}
            {...register("role")}
          >
            {RoleSchema.options.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
          {error("role")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>First password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={described("password", `${id}-password-hint`)}
            {...register("password")}
          />
          <p className="hint" id={`${id}-password-hint`}>
            At least 12 characters; a few unrelated words work well.
          </p>
          {error("password")}
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
