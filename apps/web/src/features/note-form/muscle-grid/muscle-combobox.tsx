import { useMemo, useState } from "react";
import type { Muscle } from "@tpi/schemas";
import { exactMuscleMatch, matchVagueSite, muscleById, searchMuscles } from "@tpi/coding";
import { useCombobox } from "../../../shared/combobox/use-combobox";

type Props = {
  /** DOM id of the input (so "jump to field" and labels can find it). */
  id: string;
  label: string;
  hint?: string;
  onPick: (muscle: Muscle) => void;
};

/**
 * Type a muscle name or abbreviation ("utr", "QL", "lev scap") and press Enter: a name or abbreviation
 * of exactly one muscle is highlighted and Enter adds it. Anything else (a part of a word, a typo, a
 * group word like "trap") is never guessed: Enter says no muscle is called that and leaves the
 * suggestions open to move to. A site word ("shoulder", "low back") is not a muscle: it gets a message
 * naming the muscles meant, each one a button that picks it.
 */
export function MuscleCombobox({ id, label, hint, onPick }: Props) {
  const [inputValue, setInputValue] = useState("");
  const items = useMemo(() => searchMuscles(inputValue, 8), [inputValue]);
  const exact = useMemo(() => exactMuscleMatch(inputValue), [inputValue]);
  /** The text Enter was pressed on without a muscle chosen; cleared by the next keystroke. */
  const [unmatched, setUnmatched] = useState<string | null>(null);
  const vague = inputValue.trim() === "" ? undefined : matchVagueSite(inputValue);
  const suggestions = (vague?.suggestMuscleIds ?? []).flatMap((mid) => {
    const m = muscleById(mid);
    return m ? [m] : [];
  });
  const hintId = `${id}-hint`;
  const vagueId = `${id}-vague`;
  const errorId = `${id}-error`;

  const { isOpen, highlightedIndex, labelProps, inputProps, listboxProps, optionProps, close } =
    useCombobox<Muscle>({
      inputId: id,
      items,
      inputValue,
      onInputValueChange: (text) => {
        setInputValue(text);
        setUnmatched(null);
      },
      isExactMatch: (muscle) => muscle.id === exact?.id,
      onEnterWithoutPick: (text) => setUnmatched(text.trim()),
      // A pick adds a row; the box empties for the next muscle instead of showing the last name.
      onPick: (muscle) => {
        setInputValue("");
        setUnmatched(null);
        onPick(muscle);
      },
    });

  /** A suggestion button outside the list (vague site) picks too, and empties the box. */
  const pick = (muscle: Muscle) => {
    onPick(muscle);
    close();
    setInputValue("");
    setUnmatched(null);
  };

  const error =
    unmatched === null || vague
      ? null
      : items.length > 0
        ? `No muscle is called “${unmatched}”. Move to one of the muscles listed with the arrow keys and press Enter, or type its full name.`
        : `No muscle is called “${unmatched}”. Try another name or abbreviation.`;
  const describedBy =
    [hint ? hintId : null, vague ? vagueId : null, error ? errorId : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="field combobox">
      <label {...labelProps}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...inputProps}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        placeholder="e.g. utr, QL, lev scap"
        autoComplete="off"
        spellCheck={false}
      />
      <ul {...listboxProps} className={isOpen ? "combobox-menu" : "combobox-menu hidden"}>
        {isOpen
          ? items.map((m, index) => (
              <li
                key={m.id}
                className={
                  highlightedIndex === index ? "combobox-item highlighted" : "combobox-item"
                }
                {...optionProps(index)}
              >
                <span>{m.name}</span>
                <span className="muted small">{regionLabel(m.region)}</span>
              </li>
            ))
          : null}
      </ul>
      <p className={error ? "field-error" : "visually-hidden"} id={errorId} role="alert">
        {error}
      </p>
      {inputValue.trim() !== "" && items.length === 0 && !vague && !error ? (
        <p className="hint" role="status">
          No muscle matches “{inputValue}”. Try another name or abbreviation.
        </p>
      ) : null}
      {vague ? (
        <div className="alert alert-warning" id={vagueId} role="status">
          <p>
            “{inputValue.trim()}” names a body site, not a muscle. The note must name each muscle
            injected.
            {suggestions.length > 0 ? " Did you mean one of these?" : ""}
          </p>
          {suggestions.length > 0 ? (
            <ul className="suggestion-buttons">
              {suggestions.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => pick(m)}
                  >
                    {m.name}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function regionLabel(region: Muscle["region"]): string {
  switch (region) {
    case "head-neck":
      return "Head and neck";
    case "shoulder-upper-back":
      return "Shoulder and upper back";
    case "thoracic":
      return "Thoracic";
    case "lumbar-pelvic":
      return "Lumbar and pelvic";
    case "hip-gluteal":
      return "Hip and gluteal";
    case "upper-limb":
      return "Upper limb";
    case "lower-limb":
      return "Lower limb";
  }
}
