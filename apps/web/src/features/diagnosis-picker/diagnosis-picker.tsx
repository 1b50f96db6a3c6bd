import { useQuery, useQueryClient } from "@tanstack/react-query";
import { IsoDateSchema } from "@tpi/schemas";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { moveItem, pickerOptions, type PickerOption } from "./picker-options";
import { icdSearchQueryOptions } from "./search-icd";
import { useCodeTitles } from "./use-code-titles";
import { useCombobox } from "../../shared/combobox/use-combobox";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import "./diagnosis-picker.css";

/** A claim holds twelve diagnoses (CMS-1500 item 21, A-L); the note schema allows as many. */
const MAX_DIAGNOSES = 12;
const letter = (i: number) => String.fromCharCode(65 + i);

export interface DiagnosisPickerProps {
  /** Ordered ICD-10-CM codes: the first is the primary diagnosis (pointer A). */
  readonly value: readonly string[];
  readonly onChange: (codes: string[]) => void;
  /** The search uses the code set in force on this date. */
  readonly dateOfService: string;
  /** The input's id, so a label elsewhere or a jump-to-field can reach it. */
  readonly id?: string;
  readonly label?: string;
}

/**
 * Search ICD-10-CM by code, words or misspelt words, pick billable codes, and order them. Headers
 * appear in the list (to show where a code sits) but cannot be picked; their billable children are
 * offered right beneath them.
 */
export function DiagnosisPicker({
  value,
  onChange,
  dateOfService,
  id,
  label = "Diagnoses (ICD-10-CM)",
}: DiagnosisPickerProps) {
  const generatedId = useId();
  const inputId = id ?? `${generatedId}-input`;
  const [inputValue, setInputValue] = useState("");
  const query = useDebouncedValue(inputValue.trim(), 120);
  const search = useQuery(icdSearchQueryOptions(query, dateOfService));
  // A code that does not exist ("M79.99") finds nothing: the codes of its category are the nearest
  // real ones, offered as options (never picked).
  const category = codeCategory(query);
  const foundNothing =
    query.length > 0 &&
    !search.isFetching &&
    search.data !== undefined &&
    search.data.hits.length === 0;
  const nearby = useQuery({
    ...icdSearchQueryOptions(category ?? "", dateOfService),
    enabled: category !== null && foundNothing && IsoDateSchema.safeParse(dateOfService).success,
  });
  const showingNearby = category !== null && foundNothing && (nearby.data?.hits.length ?? 0) > 0;
  const options = useMemo(
    () =>
      query.length === 0
        ? []
        : showingNearby && nearby.data
          ? pickerOptions(nearby.data.hits)
          : search.data
            ? pickerOptions(search.data.hits)
            : [],
    [query, search.data, showingNearby, nearby.data],
  );
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const titles = useCodeTitles(value, dateOfService, picked);
  const full = value.length >= MAX_DIAGNOSES;
  /** The text Enter was pressed on with no code chosen (kept until the next keystroke). */
  const [enterOn, setEnterOn] = useState<string | null>(null);
  // The list belongs to the text in the box (not an earlier, debounced one) and is not being replaced.
  const settled = query === inputValue.trim() && !search.isFetching && !nearby.isFetching;
  const pickable = (o: PickerOption) => o.billable && !value.includes(o.code) && !full;

  const queryClient = useQueryClient();
  /** The text of an Enter waiting for its search; cleared by typing or a pick. */
  const waitingEnter = useRef<string | null>(null);
  const add = (o: PickerOption) => {
    waitingEnter.current = null;
    setPicked((m) => new Map(m).set(o.code, o.title));
    onChange([...value, o.code]);
    // The box is for searching: it empties for the next code.
    setInputValue("");
    setEnterOn(null);
  };

  // Only the code typed in full is highlighted when results arrive, so Enter adds "M79.18" when
  // M79.18 was typed and never the first fuzzy match of "M79.99" (issue 10, kind 1); any other code
  // is the user's to move to.
  const { isOpen, highlightedIndex, labelProps, inputProps, listboxProps, optionProps } =
    useCombobox<PickerOption>({
      inputId,
      items: options,
      inputValue,
      onInputValueChange: (text) => {
        waitingEnter.current = null;
        setInputValue(text);
        setEnterOn(null);
      },
      isItemDisabled: (o) => !pickable(o),
      isExactMatch: (o) => sameCode(o.code, inputValue),
      onEnterWithoutPick: (text) => {
        const typed = text.trim();
        setEnterOn(typed);
        if (!IsoDateSchema.safeParse(dateOfService).success) return;
        // Answered from the cache when the search already ran; otherwise when it does.
        waitingEnter.current = typed;
        queryClient.fetchQuery(icdSearchQueryOptions(typed, dateOfService)).then(
          (response) => {
            if (waitingEnter.current !== typed) return;
            const exact = pickerOptions(response.hits).find((o) => sameCode(o.code, typed));
            if (exact && pickable(exact)) add(exact);
          },
          () => undefined,
        );
      },
      onPick: add,
    });

  // Enter pressed before the search for the full text answered: the exact code is added when the
  // answer has it; otherwise the box says there is no such code.
  const exactForEnter =
    enterOn !== null && settled ? options.find((o) => sameCode(o.code, enterOn)) : undefined;
  const errorId = `${inputId}-error`;
  const error =
    enterOn === null || !settled || (exactForEnter && pickable(exactForEnter))
      ? null
      : noPickMessage(enterOn, exactForEnter, value, options, search.isError);

  // After a move or removal, keep keyboard focus on the list instead of dropping it on <body>.
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);
  const setFocusAfter = (key: string) => {
    focusAfter.current = key;
  };
  useEffect(() => {
    const key = focusAfter.current;
    if (key === null) return;
    focusAfter.current = null;
    const target =
      listRef.current?.querySelector<HTMLButtonElement>(
        `[data-focus-key="${key}"]:not(:disabled)`,
      ) ??
      // The same code's other move button, when this one became disabled at the end of the list.
      listRef.current?.querySelector<HTMLButtonElement>(
        `[data-focus-key^="${key.replace(/-(up|down|remove)$/, "")}-"]:not(:disabled)`,
      ) ??
      listRef.current?.querySelector<HTMLButtonElement>("button:not(:disabled)") ??
      document.getElementById(inputId);
    target?.focus();
  }, [value, inputId]);

  const status = IsoDateSchema.safeParse(dateOfService).success
    ? showingNearby
      ? `No code matches “${query}”: codes in ${category ?? ""} are listed.`
      : statusText(query, search.isFetching, search.isError, options, full)
    : "Enter the date of service to search its code set.";

  return (
    <div className="dxp">
      <label className="dxp-label" {...labelProps}>
        {label}
      </label>
      <input
        className="dxp-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={
          full ? "Twelve diagnoses is the most a claim holds" : "Code, words or abbreviations"
        }
        autoComplete="off"
        {...inputProps}
      />
      <span className="dxp-status" role="status" aria-live="polite">
        {status}
      </span>
      <p className={error ? "field-error dxp-error" : "visually-hidden"} id={errorId} role="alert">
        {error}
      </p>
      <ul className="dxp-menu" {...listboxProps}>
        {isOpen
          ? options.map((o, index) => (
              <li
                key={o.code}
                className={[
                  "dxp-option",
                  o.billable ? "" : "dxp-option-header",
                  o.parent ? "dxp-option-child" : "",
                  highlightedIndex === index ? "dxp-option-active" : "",
                ].join(" ")}
                {...optionProps(index)}
              >
                <span className="dxp-code">{o.code}</span> <span>{o.title}</span>
                {o.billable ? null : (
                  <span className="dxp-note">Category header, not billable: pick a code below</span>
                )}
                {o.billable && value.includes(o.code) ? (
                  <span className="dxp-note">Already added</span>
                ) : null}
                {o.matchedTerm ? (
                  <span className="dxp-matched">Matched: {o.matchedTerm}</span>
                ) : null}
              </li>
            ))
          : null}
      </ul>
      {value.length > 0 ? (
        <ol className="dxp-selected" aria-label="Selected diagnoses, in claim order" ref={listRef}>
          {value.map((code, i) => (
            <li key={code}>
              <span className="dxp-letter">
                {/* Heard as "Pointer A"; aria-label on a plain span is not reliably announced. */}
                <span className="visually-hidden">Pointer </span>
                <span>{letter(i)}</span>
              </span>
              <span className="dxp-code">{code}</span>
              <span className="dxp-selected-title">{titles.get(code) ?? ""}</span>
              <button
                type="button"
                data-focus-key={`${code}-up`}
                aria-label={`Move ${code} up`}
                disabled={i === 0}
                onClick={() => {
                  onChange(moveItem(value, i, -1));
                  setFocusAfter(`${code}-up`);
                }}
              >
                ↑ Up
              </button>
              <button
                type="button"
                data-focus-key={`${code}-down`}
                aria-label={`Move ${code} down`}
                disabled={i === value.length - 1}
                onClick={() => {
                  onChange(moveItem(value, i, 1));
                  setFocusAfter(`${code}-down`);
                }}
              >
                ↓ Down
              </button>
              <button
                type="button"
                data-focus-key={`${code}-remove`}
                aria-label={`Remove ${code}`}
                onClick={() => {
                  onChange(value.filter((c) => c !== code));
                  const neighbour = value[i + 1] ?? value[i - 1];
                  setFocusAfter(neighbour ? `${neighbour}-remove` : "");
                }}
              >
                ✕ Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

/** The category (first three characters) of text shaped like an ICD-10-CM code, or null. */
function codeCategory(text: string): string | null {
  const m = /^([A-Z][0-9][0-9A-Z])(\.?[0-9A-Z]{0,4})$/i.exec(text.trim());
  return m?.[1] ? m[1].toUpperCase() : null;
}

/** "m7918", "M79.18 " and "M79.18" are the same code. */
function sameCode(code: string, typed: string): boolean {
  const norm = (c: string) => c.trim().toUpperCase().replace(/\./g, "");
  return norm(typed) !== "" && norm(code) === norm(typed);
}

/** Why Enter added nothing, said at the box. */
function noPickMessage(
  typed: string,
  exact: PickerOption | undefined,
  value: readonly string[],
  options: readonly PickerOption[],
  failed: boolean,
): string {
  if (failed) return "Search is not available right now, so the code cannot be checked.";
  if (exact && value.includes(exact.code)) return `${exact.code} is already on the list.`;
  if (exact && !exact.billable) {
    return `${exact.code} is a category, not a billable code: choose one of the codes under it.`;
  }
  if (value.length >= MAX_DIAGNOSES) return "Twelve diagnoses is the most a claim holds.";
  const nearest = options.some((o) => o.billable);
  return nearest
    ? `There is no ICD-10-CM code “${typed}”. The nearest codes are listed: move to one with the arrow keys and press Enter, or click it.`
    : `There is no ICD-10-CM code “${typed}”, and nothing close to it. Check the code, or search by words.`;
}

function statusText(
  query: string,
  fetching: boolean,
  failed: boolean,
  options: readonly PickerOption[],
  full: boolean,
): string {
  if (full) return "Twelve diagnoses added: remove one to add another.";
  if (query.length === 0) return "";
  if (failed) return "Search is not available right now.";
  if (fetching && options.length === 0) return "Searching…";
  if (options.length === 0) return "No matching codes.";
  const billable = options.filter((o) => o.billable).length;
  return `${billable} billable code${billable === 1 ? "" : "s"} found.`;
}
