import { useState } from "react";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useCombobox } from "./use-combobox";

type Fruit = { name: string; ripe: boolean };
const FRUITS: Fruit[] = [
  { name: "Apple", ripe: true },
  { name: "Banana", ripe: false },
  { name: "Cherry", ripe: true },
  { name: "Date", ripe: true },
];

/** A small combobox over FRUITS: typing filters by prefix, unripe fruit is shown but cannot be picked. */
function FruitBox({
  onPick,
  onNoPick,
}: {
  onPick: (f: Fruit) => void;
  onNoPick: (text: string) => void;
}) {
  const [text, setText] = useState("");
  const items = FRUITS.filter((f) => f.name.toLowerCase().startsWith(text.toLowerCase()));
  const box = useCombobox<Fruit>({
    inputId: "fruit",
    items,
    inputValue: text,
    onInputValueChange: setText,
    isItemDisabled: (f) => !f.ripe,
    isExactMatch: (f) => f.name.toLowerCase() === text.trim().toLowerCase(),
    onEnterWithoutPick: onNoPick,
    onPick: (f) => {
      setText("");
      onPick(f);
    },
  });
  return (
    <div>
      <label {...box.labelProps}>Fruit</label>
      <input {...box.inputProps} />
      <ul {...box.listboxProps}>
        {box.isOpen
          ? items.map((f, i) => (
              <li key={f.name} {...box.optionProps(i)}>
                {f.name}
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}

function setup() {
  const picked: string[] = [];
  const notPicked: string[] = [];
  const user = userEvent.setup();
  render(<FruitBox onPick={(f) => picked.push(f.name)} onNoPick={(t) => notPicked.push(t)} />);
  const input = screen.getByRole<HTMLInputElement>("combobox", { name: "Fruit" });
  const highlighted = () => screen.queryByRole("option", { selected: true })?.textContent ?? null;
  return { picked, notPicked, user, input, highlighted };
}

describe("useCombobox (WAI-ARIA combobox with a listbox popup)", () => {
  it("is closed until something is typed, then highlights nothing but an exact match", async () => {
    const { user, input, highlighted } = setup();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    await user.type(input, "b");
    // Banana is the only match and is not pickable: shown, not highlighted.
    expect(screen.getByRole("option", { name: "Banana" }).getAttribute("aria-disabled")).toBe(
      "true",
    );
    expect(highlighted()).toBeNull();
    await user.clear(input);
    await user.type(input, "c");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(highlighted()).toBeNull();
    await user.type(input, "herry");
    expect(highlighted()).toBe("Cherry");
    expect(input.getAttribute("aria-activedescendant")).toBe(
      screen.getByRole("option", { name: "Cherry" }).id,
    );
  });

  it("moves with the arrow keys, skipping items that cannot be picked and wrapping round", async () => {
    const { user, input, highlighted } = setup();
    // Opened by a click on the box: nothing is highlighted until the user moves.
    await user.click(input);
    expect(highlighted()).toBeNull();
    await user.keyboard("{ArrowDown}");
    expect(highlighted()).toBe("Apple");
    await user.keyboard("{ArrowDown}");
    expect(highlighted()).toBe("Cherry");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(highlighted()).toBe("Apple");
    await user.keyboard("{ArrowUp}");
    expect(highlighted()).toBe("Date");
  });

  it("picks the highlighted item with Enter and closes", async () => {
    const { user, input, picked } = setup();
    await user.type(input, "d{ArrowDown}{Enter}");
    expect(picked).toEqual(["Date"]);
    expect(input.value).toBe("");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    await user.type(input, "apple{Enter}");
    expect(picked).toEqual(["Date", "Apple"]);
    expect(input.value).toBe("");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("Escape closes the list first, then clears the box", async () => {
    const { user, input, picked } = setup();
    await user.type(input, "ch");
    await user.keyboard("{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.value).toBe("ch");
    await user.keyboard("{Enter}");
    expect(picked).toEqual([]);
    await user.keyboard("{Escape}");
    await user.keyboard("{Escape}");
    expect(input.value).toBe("");
  });

  it("picks by click, ignores a click on an item that cannot be picked, and follows the mouse", async () => {
    const { user, input, picked, highlighted } = setup();
    await user.click(input);
    await user.keyboard("{ArrowDown}");
    await user.hover(screen.getByRole("option", { name: "Date" }));
    expect(highlighted()).toBe("Date");
    await user.click(screen.getByRole("option", { name: "Banana" }));
    expect(picked).toEqual([]);
    expect(document.activeElement).toBe(input);
    await user.click(screen.getByRole("option", { name: "Cherry" }));
    expect(picked).toEqual(["Cherry"]);
  });

  it("closes when focus leaves the box", async () => {
    const { user, input } = setup();
    await user.type(input, "a");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    await user.tab();
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("kind 1: Enter on text that is no item picks nothing, says so, and shows the nearest items", async () => {
    const { user, input, picked, notPicked, highlighted } = setup();
    // "d" starts Date but names nothing: the first fuzzy match is not added.
    await user.type(input, "d{Enter}");
    expect(picked).toEqual([]);
    expect(notPicked).toEqual(["d"]);
    expect(input.value).toBe("d");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("option", { name: "Date" })).toBeTruthy();
    expect(highlighted()).toBeNull();
    // Moving to it is a choice.
    await user.keyboard("{ArrowDown}{Enter}");
    expect(picked).toEqual(["Date"]);
  });
});
