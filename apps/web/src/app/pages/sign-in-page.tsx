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

/** Why the user is here, when they did not come by themselves (the idle sign-out). */
function arrivalNotice(search: string): string | null {
  const params = new URLSearchParams(search);
  if (params.get("reason") === "idle") {
    const minutes = Number(params.get("minutes"));
    return `You were signed out after ${Number.isInteger(minutes) && minutes > 0 ? `${minutes} minutes` : "a while"} without activity. Sign in to continue.`;
  }
  if (params.get("reason") === "signed-out") return "You are signed out.";
  return null;
}

export function SignInPage() {
  useDocumentTitle("Sign in");
  const search = useSearch();
  const notice = arrivalNotice(search);
  const [, navigate] = useLocation();
  const signIn = useSignIn();
  return (
    <main id="main" className="sign-in-page">
      <div className="card sign-in-card">
        <h1>TPI Note</h1>
        <p className="muted">Sign in to document trigger point injections.</p>
        {notice ? (
          <p className="alert alert-info" role="status">
            {notice}
          </p>
        ) : null}
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
