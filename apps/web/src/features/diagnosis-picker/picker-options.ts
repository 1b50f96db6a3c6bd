import type { IcdSearchHit } from "@tpi/schemas";

/** A row of the suggestion list: a billable code to pick, or a header shown for orientation only. */
export interface PickerOption {
  readonly code: string;
  readonly title: string;
  readonly billable: boolean;
  /** Why the search matched (an index term, a typo-corrected word), when not the title itself. */
  readonly matchedTerm: string | null;
  /** For a billable child offered under a header: the header's code. */
  readonly parent: string | null;
}

/**
 * Flattens search hits into the list the combobox shows. A header (not billable) is followed by its
 * billable children, so the user sees where the specific codes come from and can pick one of them; a
 * code is listed once even when it is both a hit and a child.
 */
export function pickerOptions(hits: readonly IcdSearchHit[]): PickerOption[] {
  const out: PickerOption[] = [];
  const seen = new Set<string>();
  const push = (o: PickerOption) => {
    if (seen.has(o.code)) return;
    seen.add(o.code);
    out.push(o);
  };
  for (const hit of hits) {
    push({
      code: hit.code,
      title: hit.title,
      billable: hit.billable,
      matchedTerm: hit.matchedTerm,
      parent: null,
    });
    if (!hit.billable) {
      for (const child of hit.billableChildren) {
        push({
          code: child.code,
          title: child.title,
          billable: true,
          matchedTerm: null,
          parent: hit.code,
        });
      }
    }
  }
  return out;
}

/** Moves the item at `index` by `delta` places (reordering the claim's diagnosis pointers). */
export function moveItem<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
