import { useEffect, useRef } from "react";
import { fieldDomId } from "../../shared/field-id";
import { fieldLabel } from "../note-form/field-label";

/** One thing that keeps a note from being signed: an error finding or a required checklist item. */
export type BlockingItem = { path: string; message: string };

type Props = {
  items: readonly BlockingItem[];
  onJumpToField: (path: string) => void;
};

/**
 * Signing refused (422): what still blocks it, each a link that moves focus to its field. The title
 * takes focus when it appears, so a keyboard or screen-reader user lands on the list, not on a button
 * that seemingly did nothing.
 */
export function SignRefusal({ items, onJumpToField }: Props) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, [items]);
  return (
    <div className="alert alert-error sign-refusal" data-testid="sign-refusal">
      <p className="alert-title" tabIndex={-1} ref={titleRef}>
        The note was not signed:{" "}
        {items.length === 1 ? "1 item needs" : `${items.length} items need`} attention first
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.path}|${i}`}>
            {item.path ? (
              <a
                href={`#${fieldDomId(item.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onJumpToField(item.path);
                }}
              >
                {fieldLabel(item.path)}: {item.message}
              </a>
            ) : (
              // About the whole note: no field to go to, so no link that goes nowhere.
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
