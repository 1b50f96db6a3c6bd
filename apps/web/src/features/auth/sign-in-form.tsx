import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod/mini";
import { SignInRequestSchema, type SignInRequest } from "@tpi/schemas";

type SignInInput = z.input<typeof SignInRequestSchema>;

type Props = {
  /** Sends the credentials; resolves when signed in, rejects when refused. */
  onSubmit: (values: SignInRequest) => Promise<void>;
  /** Why the last attempt was refused, in words for the user, or null. */
  failure: string | null;
};

/** Email and password, checked with the API's own SignInRequestSchema before anything is sent. */
export function SignInForm({ onSubmit, failure }: Props) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput, unknown, SignInRequest>({
    resolver: zodResolver(SignInRequestSchema),
    defaultValues: { email: "", password: "" },
  });

  const submit = handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch {
      // The page turns the refusal into `failure`.
    }
  });

  return (
    <form className="sign-in-form" onSubmit={(e) => void submit(e)} noValidate>
      {failure ? (
        <div className="alert alert-error" role="alert">
          {failure}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="sign-in-email">Email</label>
        <input
          id="sign-in-email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "sign-in-email-error" : undefined}
          {...register("email")}
        />
        {errors.email ? (
          <p className="field-error" id="sign-in-email-error">
            {errors.email.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "sign-in-password-error" : undefined}
          {...register("password")}
        />
        {errors.password ? (
          <p className="field-error" id="sign-in-password-error">
            {errors.password.message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary button-block" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
