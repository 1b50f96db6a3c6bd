import type { ReactNode } from "react";
import { fieldDomId } from "../../../shared/field-id";

/**
 * One part of the note in visit order. The heading carries the id of the section's path, so a finding
 * about a whole list ("procedure.muscles") can jump here when no single control fits.
 */
export function Section({
  path,
  title,
  children,
  intro,
}: {
  path: string;
  title: string;
  children: ReactNode;
  intro?: string;
}) {
  const headingId = `${fieldDomId(path)}-heading`;
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} data-section-path={path}>
        {title}
      </h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {children}
    </section>
  );
}
