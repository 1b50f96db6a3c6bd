import { useEffect, useState, type ChangeEvent, type KeyboardEvent, type MouseEvent } from "react";

/*
 * A text box with a list of suggestions, following the WAI-ARIA Authoring Practices "combobox with
 * listbox popup" (list autocomplete, manual selection): focus stays in the box, the highlighted option
 * is announced through aria-activedescendant, and Enter picks it.
 *
 * Nothing is picked for the user (issue 10, kind 1): a new list highlights nothing, unless an item is
 * an exact match for what was typed (the caller says which); the user moves to an item with the arrow
 * keys or the mouse. Enter with nothing highlighted picks nothing: the caller is told (onEnterWithoutPick)
 * and says there is no such item, while the list stays open with the nearest items as options.
 *
 * Why our own and not downshift, which this replaced: downshift's useCombobox cost 11 KB of gzipped
 * JavaScript on the note route (the whole library ships as one module, with prop-types), most of the
 * gap to the route's 170 KB budget; the two comboboxes here need a small part of it.
 */

export interface ComboboxOptions<T> {
  /** The input's DOM id; the label and list ids derive from it. */
  readonly inputId: string;
  readonly items: readonly T[];
  /** The box's text, owned by the caller. */
  readonly inputValue: string;
  /** Typed text, reported in the input's own change event, so fast typing never loses characters. */
  readonly onInputValueChange: (value: string) => void;
  /** An enabled item chosen with Enter or a click. The list closes; the caller decides the text. */
  readonly onPick: (item: T) => void;
  /** Items shown for orientation only (a category header, a code already added). */
  readonly isItemDisabled?: (item: T) => boolean;
  /**
   * True for the item the typed text names exactly (a full code, a muscle's name or abbreviation): it
   * alone is highlighted when a list arrives, so Enter adds what was typed and nothing else.
   */
  readonly isExactMatch?: (item: T) => boolean;
  /** Enter pressed with text in the box and no item highlighted: nothing was picked. */
  readonly onEnterWithoutPick?: (text: string) => void;
}

export function useCombobox<T>({
  inputId,
  items,
  inputValue,
  onInputValueChange,
  onPick,
  isItemDisabled,
  isExactMatch,
  onEnterWithoutPick,
}: ComboboxOptions<T>) {
  const labelId = `${inputId}-label`;
  const listboxId = `${inputId}-listbox`;
  const optionId = (index: number) => `${listboxId}-${index}`;
  const [isOpen, setOpen] = useState(false);
  const enabled = (index: number): boolean => {
    const item = items[index];
    return item !== undefined && !isItemDisabled?.(item);
  };
  /** The next enabled index from `from` in `step` direction, wrapping round; -1 if none. */
  const nextEnabled = (from: number, step: 1 | -1): number => {
    const n = items.length;
    const start = from < 0 ? (step > 0 ? -1 : n) : from;
    for (let k = 1; k <= n; k++) {
      const i = (((start + step * k) % n) + n) % n;
      if (enabled(i)) return i;
    }
    return -1;
  };

  /** The exact match for the typed text, if it can be picked; -1 otherwise. */
  const exactIndex = (): number =>
    isExactMatch ? items.findIndex((item, i) => enabled(i) && isExactMatch(item)) : -1;

  // A new list (a new search's results) highlights only an exact match, never the first fuzzy one.
  // Set while rendering, as React documents for state derived from a previous render.
  const [highlightedIndex, setHighlightedIndex] = useState(exactIndex);
  const [listShown, setListShown] = useState(items);
  const [textShown, setTextShown] = useState(inputValue);
  if (!sameItems(listShown, items) || textShown !== inputValue) {
    setListShown(items);
    setTextShown(inputValue);
    setHighlightedIndex(exactIndex());
  }

  const showing = isOpen && items.length > 0;
  const activeId = showing && highlightedIndex >= 0 ? optionId(highlightedIndex) : undefined;
  // Keep the highlighted option in view when the keyboard moves past the list's visible part.
  useEffect(() => {
    const element = activeId ? document.getElementById(activeId) : null;
    if (typeof element?.scrollIntoView === "function") element.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const pick = (index: number) => {
    const item = items[index];
    if (item === undefined || !enabled(index)) return;
    setOpen(false);
    onPick(item);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that confirm an input method's composition (Enter choosing a kana candidate) are its own.
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        if (!isOpen) {
          setOpen(true);
          if (highlightedIndex < 0 || event.altKey) {
            setHighlightedIndex(nextEnabled(-1, step));
          }
          return;
        }
        if (event.altKey) return;
        setHighlightedIndex(nextEnabled(highlightedIndex, step));
        return;
      }
      case "Enter":
        if (showing && highlightedIndex >= 0) {
          event.preventDefault();
          pick(highlightedIndex);
        } else if (inputValue.trim() !== "") {
          // Nothing chosen: say so, and show the nearest items as options to move to.
          event.preventDefault();
          setOpen(true);
          onEnterWithoutPick?.(inputValue);
        }
        return;
      case "Escape":
        // First Escape closes the list; a second clears the box (as the APG pattern describes).
        if (showing) {
          event.preventDefault();
          setOpen(false);
        } else if (inputValue !== "") {
          event.preventDefault();
          onInputValueChange("");
        }
        return;
      default:
        return;
    }
  };

  return {
    isOpen: showing,
    highlightedIndex,
    /** Closes the list (after a pick made outside it, say). */
    close: () => setOpen(false),
    labelProps: { id: labelId, htmlFor: inputId },
    inputProps: {
      id: inputId,
      role: "combobox" as const,
      type: "text",
      value: inputValue,
      "aria-autocomplete": "list" as const,
      "aria-expanded": showing,
      "aria-controls": listboxId,
      "aria-activedescendant": activeId,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        onInputValueChange(event.currentTarget.value);
        setOpen(true);
      },
      onKeyDown,
      onClick: () => setOpen(true),
      onBlur: () => setOpen(false),
    },
    listboxProps: {
      id: listboxId,
      role: "listbox" as const,
      "aria-labelledby": labelId,
      // A press on the list must not take focus from the box (it would close the list before the click).
      onMouseDown: (event: MouseEvent) => event.preventDefault(),
    },
    optionProps: (index: number) => ({
      id: optionId(index),
      role: "option" as const,
      "aria-selected": showing && highlightedIndex === index,
      "aria-disabled": enabled(index) ? undefined : true,
      onMouseMove: () => {
        if (highlightedIndex !== index && enabled(index)) setHighlightedIndex(index);
      },
      onClick: () => pick(index),
    }),
  };
}

/** The same items in the same order (a list rebuilt with the same entries is not a new list). */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => Object.is(item, b[i])));
}
