import { Link, useLocation } from "wouter";
import type { User } from "@tpi/schemas";
import { useSignOut } from "../features/api/session-sign-out";
import { mayLeave } from "../shared/leave-guard";
import { roleLabel } from "./role-label";

export function AppHeader({ user }: { user: User }) {
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  const onSignOut = () => {
    // Signing out leaves the page too: the unsaved-changes guard gets its say first (it may save,
    // then sign out).
    if (!mayLeave(onSignOut)) return;
    signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) });
  };
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link href="/" className="brand">
          TPI Note
        </Link>
        <nav aria-label="Main">
          {user.role === "admin" ? (
            <>
              <Link href="/" className="nav-link">
                Administration
              </Link>
              <Link href="/admin/users" className="nav-link">
                Users
              </Link>
              <Link href="/admin/audit" className="nav-link">
                Audit trail
              </Link>
              <Link href="/admin/payer-profiles" className="nav-link">
                Payer profiles
              </Link>
            </>
          ) : (
            <>
              <Link href="/" className="nav-link">
                Worklist
              </Link>
              <Link href="/patients" className="nav-link">
                Patients
              </Link>
            </>
          )}
        </nav>
        <div className="user-box">
          <span className="user-name">{user.displayName}</span>
          <span className="role-badge">{roleLabel(user.role)}</span>
          <Link href="/account" className="nav-link">
            Your account
          </Link>
          <button
            type="button"
            className="button button-secondary"
            onClick={onSignOut}
            disabled={signOut.isPending}
          >
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
