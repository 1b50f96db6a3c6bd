import { Link } from "wouter";
import { useDocumentTitle } from "../../../shared/use-document-title";

const AREAS = [
  {
    href: "/admin/users",
    title: "Users",
    text: "Add accounts, change roles, reset passwords, deactivate people who left.",
  },
  {
    href: "/admin/audit",
    title: "Audit trail",
    text: "Who read or changed what, and every refusal, filtered by person, patient, note or date.",
  },
  {
    href: "/admin/payer-profiles",
    title: "Payer profiles",
    text: "The clinic's own payer policies as JSON, versioned, used by the engine everywhere.",
  },
] as const;

/** The admin's landing page: the three areas they look after. Administrators do not open charts. */
export function AdminHome() {
  useDocumentTitle("Administration");
  return (
    <section>
      <h1>Administration</h1>
      <p className="muted">
        Administrators manage accounts, read the audit trail and keep the clinic&apos;s payer
        profiles; they do not open patients&apos; charts.
      </p>
      <ul className="card-list">
        {AREAS.map((area) => (
          <li key={area.href}>
            <Link href={area.href} className="card card-link">
              <span className="card-title">{area.title}</span>
              <span className="muted">{area.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
