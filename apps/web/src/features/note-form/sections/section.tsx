import type { ReactNode } from "react";
import { fieldDomId } from "../../../shared/field-id";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { useNoteAnnotations } from "../annotations/note-annotations";
import { useCarriedMark } from "../annotations/use-carried-mark";

/**
 * One part of the note in visit order. The heading carries the id of the section's path, so a finding
 * about a whole list ("procedure.muscles") can jump here when no single control fits. Under it: who
 * else last wrote this part ("Pre-filled by …") and, for a list copied forward, the "check" mark;
 * both are text the section is described by, not colour. A section the user may not change (their
 * role) keeps its values on screen inside a disabled fieldset, with the reason said under the heading
 * rather than a refusal after typing.
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
  const annotations = useNoteAnnotations();
  const badge = annotations.sectionBadge(path);
  const lock = annotations.sectionLock(path);
  const badgeId = `${fieldDomId(path)}-author`;
  const lockId = `${fieldDomId(path)}-lock`;
  const carried = useCarriedMark(path);
  const describedBy = [badge ? badgeId : "", lock ? lockId : "", carried?.id ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <section
      className="form-section"
      aria-labelledby={headingId}
      aria-describedby={describedBy || undefined}
    >
      <h2 id={headingId} tabIndex={-1} data-section-path={path}>
        {title}
      </h2>
      {badge ? (
        <p className="section-badge" id={badgeId}>
          {badge}
        </p>
      ) : null}
      {lock ? (
        <p className="section-lock-reason" id={lockId}>
          {lock}
        </p>
      ) : null}
      <CarriedMarkText mark={carried} />
      {intro ? <p className="muted">{intro}</p> : null}
      {lock ? (
        <fieldset disabled className="section-lock">
          <legend className="visually-hidden">{`${title} (read only)`}</legend>
          {children}
        </fieldset>
      ) : (
        children
      )}
    </section>
  );
}
