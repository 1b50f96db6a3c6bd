import { memo } from "react";
import type { ChecklistItem } from "@tpi/schemas";
import { dequal } from "dequal/lite";

interface ChecklistListProps {
  readonly items: readonly ChecklistItem[];
  readonly onJumpToField: (path: string) => void;
}

/** What the note must still say, missing items first; each one jumps to its field. */
export const ChecklistList = memo(function ChecklistList({
  items,
  onJumpToField,
}: ChecklistListProps) {
  if (items.length === 0) return null;
  const missing = items.filter((i) => !i.done);
  const done = items.filter((i) => i.done);
  return (
    <>
      <p className="cp-checklist-count">
        {done.length} of {items.length} documented
        {missing.length > 0 ? `, ${missing.length} missing` : ""}
      </p>
      {missing.length > 0 ? (
        <ul className="cp-checklist">
          {missing.map((item) => (
            <ChecklistRow key={item.id} item={item} onJumpToField={onJumpToField} />
          ))}
        </ul>
      ) : null}
      {done.length > 0 ? (
        // Done items matter less while writing: folded away, one click from view.
        <details className="cp-done-list">
          <summary>{done.length} documented</summary>
          <ul className="cp-checklist">
            {done.map((item) => (
              <ChecklistRow key={item.id} item={item} onJumpToField={onJumpToField} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}, checklistPropsEqual);

function checklistPropsEqual(a: ChecklistListProps, b: ChecklistListProps): boolean {
  return a.onJumpToField === b.onJumpToField && dequal(a.items, b.items);
}

function ChecklistRow({
  item,
  onJumpToField,
}: {
  item: ChecklistItem;
  onJumpToField: (path: string) => void;
}) {
  const payers = item.requiredBy.filter((r) => r !== "universal");
  return (
    <li className={item.done ? "cp-done" : "cp-missing"}>
      <button type="button" className="cp-link" onClick={() => onJumpToField(item.path)}>
        <span aria-hidden="true">{item.done ? "✓" : "○"}</span>{" "}
        <span className="cp-status-word">{item.done ? "Done" : "Missing"}:</span> {item.label}
      </button>
      {payers.length > 0 ? (
        <span className="cp-required-by"> (required by {payers.join(", ")})</span>
      ) : null}
    </li>
  );
}
