import type { ReactNode } from "react";
import { Link } from "wouter";
import type { Role } from "@tpi/schemas";
import { useDocumentTitle } from "../shared/use-document-title";
import { roleLabel } from "./role-label";
import { useSignedInUser } from "./signed-in-user";

/**
 * A screen for some roles only: anyone else is told so, with a way back, instead of meeting a 403 from
 * every request on the page. The server refuses them anyway (ROUTE_POLICY); this is the UI saying it.
 */
export function ForRoles({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useSignedInUser();
  if (roles.includes(me.role)) return children;
  return <NotForYou role={me.role} />;
}

function NotForYou({ role }: { role: Role }) {
  useDocumentTitle("Not available");
  return (
    <section>
      <h1>Not available to your role</h1>
      <p>
        {role === "admin"
          ? "Administrators manage accounts, the audit trail and payer profiles; they do not open patients' charts."
          : `This screen is for administrators. As ${roleLabel(role).toLowerCase()} you have everything you need on your worklist.`}
      </p>
      <p>
        <Link href="/">{role === "admin" ? "Back to administration" : "Back to the worklist"}</Link>
      </p>
    </section>
  );
}
