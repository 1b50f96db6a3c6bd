import { useMemo, useState } from "react";
import { useCombobox } from "downshift";
import type { Muscle } from "@tpi/schemas";
import { matchVagueSite, muscleById, searchMuscles } from "@tpi/coding";

type Props = {
  /** DOM id of the input (so "jump to field" and labels can find it). */
  id: string;
  label: string;
  hint?: string;
  onPick: (muscle: Muscle) => void;
};

/**
 * Type a muscle name or abbreviation ("utr", "QL", "lev scap") and press Enter: the first suggestion is
 * highlighted, so Enter picks it without touching the mouse. A site word ("shoulder", "low back") is not a
 * muscle: it gets a message naming the muscles meant, each one a button that picks it.
 */
export function MuscleCombobox({ id, label, hint, onPick }: Props) {
  const [inputValue, setInputValue] = useState("");
  const items = useMemo(() => searchMuscles(inputValue, 8), [inputValue]);
  const vague = inputValue.trim() === "" ? undefined : matchVagueSite(inputValue);
  const suggestions = (vague?.suggestMuscleIds ?? []).flatMap((mid) => {
    const m = muscleById(mid);
    return m ? [m] : [];
  });
  const hintId = `${id}-hint`;
  const vagueId = `${id}-vague`;

  // The box's text is downshift's own state (not controlled from here): fast typing right after Enter
  // then cannot race a React state update. `inputValue` above mirrors it for the search.
  const {
    isOpen,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    highlightedIndex,
    reset,
  } = useCombobox<Muscle>({
    id: `${id}-combobox`,
    inputId: id,
    items,
    selectedItem: null,
    defaultHighlightedIndex: 0,
    itemToString: (m) => m?.name ?? "",
    itemToKey: (m: Muscle | null) => m?.id,
    onInputValueChange: ({ inputValue: next }) => setInputValue(next),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) onPick(selectedItem);
    },
    stateReducer: (state, { type, changes }) => {
      // A pick adds a row; the box empties for the next muscle instead of showing the last name.
      if (
        type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
        type === useCombobox.stateChangeTypes.ItemClick
      ) {
        return { ...changes, inputValue: "", isOpen: false };
      }
      // selectedItem is held at null, so downshift "syncs" the box to an empty name after each pick,
      // a render later: by then the next letters may be typed, and they must stay.
      if (type === useCombobox.stateChangeTypes.ControlledPropUpdatedSelectedItem) {
        return { ...changes, inputValue: state.inputValue };
      }
      return changes;
    },
  });

  /** A suggestion button outside the menu (vague site) picks too, and empties the box. */
  const pick = (muscle: Muscle) => {
    onPick(muscle);
    reset();
    setInputValue("");
  };

  const describedBy =
    [hint ? hintId : null, vague ? vagueId : null].filter(Boolean).join(" ") || undefined;
  const showMenu = isOpen && items.length > 0;
  return (
    <div className="field combobox">
      <label {...getLabelProps()}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        {...getInputProps({
          "aria-describedby": describedBy,
          placeholder: "e.g. utr, QL, lev scap",
          autoComplete: "off",
          spellCheck: false,
        })}
      />
      <ul {...getMenuProps()} className={showMenu ? "combobox-menu" : "combobox-menu hidden"}>
        {showMenu
          ? items.map((m, index) => (
              <li
                key={m.id}
                className={
                  highlightedIndex === index ? "combobox-item highlighted" : "combobox-item"
                }
                {...getItemProps({ item: m, index })}
              >
                <span>{m.name}</span>
                <span className="muted small">{regionLabel(m.region)}</span>
              </li>
            ))
          : null}
      </ul>
      {isOpen && inputValue.trim() !== "" && items.length === 0 && !vague ? (
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
