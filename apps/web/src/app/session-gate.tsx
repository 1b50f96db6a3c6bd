import { lazy, Suspense, useCallback, type ReactNode } from "react";
import { Redirect, useLocation, useSearch } from "wouter";
import { useMe } from "../features/api/session-me";
import { isProblemError } from "../features/api/problem-error";
import { Loading } from "../shared/ui/loading";
import { ErrorMessage } from "../shared/ui/error-message";
import { AppHeader } from "./app-header";
import { SignedInUserContext } from "./signed-in-user";
import { signOut } from "../features/api/session-sign-out";
import { forgetDraftsOnSignOut } from "../shared/local-drafts";

// Loaded after the first screen: it only acts a minute before the idle sign-out.
const IdleSignOut = lazy(() =>
  import("../features/session/idle-sign-out").then((m) => ({ default: m.IdleSignOut })),
);

/** Everything but sign-in needs a session: a 401 sends the user to sign in and back here afterwards. */
export function SessionGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const [location] = useLocation();
  const search = useSearch();
  const here = location + (search ? `?${search}` : "");
  /**
   * Signed out for inactivity (or from the warning): nothing of the session stays in this page. A
   * full page load to sign-in drops every cached read; changes kept in the browser go as at any
   * sign-out. The sign-in page says why, and comes back here afterwards.
   */
  const leave = useCallback(
    (reason: string) => {
      forgetDraftsOnSignOut();
      void signOut()
        .catch(() => undefined)
        .finally(() =>
          window.location.replace(`/sign-in?${reason}&next=${encodeURIComponent(here)}`),
        );
    },
    [here],
  );
  const onExpired = useCallback(
    (idleMinutes: number) => leave(`reason=idle&minutes=${idleMinutes}`),
    [leave],
  );
  const onSignOut = useCallback(() => leave("reason=signed-out"), [leave]);
  if (me.isPending) return <Loading label="Checking your session" />;
  if (me.isError) {
    if (isProblemError(me.error, 401)) {
      const next = encodeURIComponent(location + (search ? `?${search}` : ""));
      return <Redirect to={`/sign-in?next=${next}`} replace />;
    }
    return (
      <main className="page">
        <ErrorMessage error={me.error} title="Could not check your session" />
      </main>
    );
  }
  return (
    <SignedInUserContext.Provider value={me.data}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader user={me.data} />
      <Suspense fallback={null}>
        <IdleSignOut onExpired={onExpired} onSignOut={onSignOut} />
      </Suspense>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </SignedInUserContext.Provider>
  );
}
