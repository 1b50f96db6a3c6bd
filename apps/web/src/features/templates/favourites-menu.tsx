import { useId, useRef, useState } from "react";
import { FAVOURITES, type Favourite } from "./favourites.table";

export interface FavouritesMenuProps {
  /** Called with the chosen favourite; the form applies it with applyFavourite(note, favourite). */
  readonly onApply: (favourite: Favourite) => void;
  readonly favourites?: readonly Favourite[];
  readonly disabled?: boolean;
}

/**
 * A disclosure listing the favourites as buttons (a plain list of buttons, not an ARIA menu: it is
 * fully usable with Tab and Enter, and Escape closes it and returns focus to the toggle).
 */
export function FavouritesMenu({
  onApply,
  favourites = FAVOURITES,
  disabled = false,
}: FavouritesMenuProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      className="favourites"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        Add from favourites
      </button>
      <ul id={listId} hidden={!open} aria-label="Favourites" className="favourites-list">
        {favourites.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              onClick={() => {
                onApply(f);
                close();
              }}
            >
              {f.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
