import { render, screen, cleanup } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { FavouritesMenu } from "./favourites-menu";
import type { Favourite } from "./favourites.table";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

describe("FavouritesMenu", () => {
  it("opens, applies a favourite from the keyboard and returns focus to the toggle", async () => {
    const user = userEvent.setup();
    const applied: Favourite[] = [];
    render(<FavouritesMenu onApply={(f) => applied.push(f)} />);
    const toggle = screen.getByRole("button", { name: "Add from favourites" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await user.tab();
    await user.tab();
    await user.keyboard("{Enter}");
    expect(applied.map((f) => f.id)).toEqual(["right-shoulder-girdle-lidocaine"]);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });

  it("Escape closes without applying", async () => {
    const user = userEvent.setup();
    const applied: Favourite[] = [];
    render(<FavouritesMenu onApply={(f) => applied.push(f)} />);
    await user.click(screen.getByRole("button", { name: "Add from favourites" }));
    await user.tab();
    await user.keyboard("{Escape}");
    expect(applied).toEqual([]);
    expect(
      screen.getByRole("button", { name: "Add from favourites" }).getAttribute("aria-expanded"),
    ).toBe("false");
  });
});
