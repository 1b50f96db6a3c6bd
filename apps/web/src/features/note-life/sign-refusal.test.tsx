import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignRefusal } from "./sign-refusal";

const ITEMS = [
  { path: "consent.obtained", message: "Informed consent: not documented" },
  { path: "procedure.muscles.0.injectates", message: "Name the injectate or choose dry needling" },
  { path: "", message: "Fourth session in 12 months: the LCD allows three" },
];

describe("signing refused", () => {
  it("lists every blocking item, each one with a field is a link to that field", () => {
    render(<SignRefusal items={ITEMS} onJumpToField={() => undefined} />);
    expect(screen.getByText(/3 items need attention first/)).toBeTruthy();
    const links = screen.getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual([
      "Consent · obtained: Informed consent: not documented",
      "Procedure · Muscle row 1 · injectate: Name the injectate or choose dry needling",
    ]);
    expect(links[0]?.getAttribute("href")).toBe("#f-consent-obtained");
  });

  it("an item about the whole note is text, not a link that goes nowhere", () => {
    render(<SignRefusal items={ITEMS} onJumpToField={() => undefined} />);
    expect(screen.getByText("Fourth session in 12 months: the LCD allows three").tagName).toBe(
      "LI",
    );
  });

  it("a link moves focus to its field through the form's jump", async () => {
    const jump = vi.fn();
    render(<SignRefusal items={ITEMS} onJumpToField={jump} />);
    await userEvent.setup().click(screen.getByRole("link", { name: /^Consent/ }));
    expect(jump).toHaveBeenCalledWith("consent.obtained");
  });

  it("takes focus when it appears, so the refusal is read out", () => {
    render(<SignRefusal items={ITEMS.slice(0, 1)} onJumpToField={() => undefined} />);
    expect(document.activeElement?.textContent).toMatch(/1 item needs attention first/);
  });
});
