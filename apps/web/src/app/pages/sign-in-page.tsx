import { useLocation, useSearch } from "wouter";
import { SignInForm } from "../../features/auth/sign-in-form";
import { useSignIn } from "../../features/api/session-sign-in";
import { isProblemError } from "../../features/api/problem-error";
import { useDocumentTitle } from "../../shared/use-document-title";

/** Only same-site paths are followed after sign-in, never an absolute or protocol-relative URL. */
function safeNext(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

function failureText(error: unknown): string | null {
  if (!error) return null;
  if (isProblemError(error, 401) || isProblemError(error, 400)) {
    return "That email and password do not match an account.";
  }
  return error instanceof Error ? error.message : "Sign-in failed. Try again.";
}

export function SignInPage() {
  useDocumentTitle("Sign in");
  const search = useSearch();
  const [, navigate] = useLocation();
  const signIn = useSignIn();
  return (
    <main id="main" className="sign-in-page">
      <div className="card sign-in-card">
        <h1>TPI Note</h1>
        <p className="muted">Sign in to document trigger point injections.</p>
        <SignInForm
          failure={failureText(signIn.error)}
          onSubmit={async (values) => {
            await signIn.mutateAsync(values);
            navigate(safeNext(search), { replace: true });
          }}
        />
      </div>
    </main>
  );
}
