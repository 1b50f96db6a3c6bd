import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { MuscleGrid } from "../muscle-grid/muscle-grid";
import { FindingsSection } from "../sections/findings-section";
import { PriorSessionsSection } from "../sections/prior-sessions-section";

// Issue 10, kind 1: Enter in a combobox added the first fuzzy suggestion for text that named nothing.
// Rule: Enter adds only an option the user moved to, or an exact match (a muscle's full name or
// abbreviation); otherwise the box says so and leaves the nearest muscles as options. The diagnosis
// box's cases (M79.99, Z99.999, abc, XYZ.99) are in diagnosis-picker.test.tsx under the same name.

type Box = {
  name: string;
  render: () => ReturnType<typeof renderWithNoteForm>;
  added: () => number;
};

const priorSession = {
  priorSessions: [
    {
      date: "2026-09-01",
      muscles: [],
      painScale: null,
      painScoreBefore: null,
      reliefPercent: null,
      reliefDurationWeeks: null,
    },
  ],
};

function boxes(): Box[] {
  let view: ReturnType<typeof renderWithNoteForm> | null = null;
  const values = () => {
    if (!view) throw new Error("not rendered");
    return view.values();
  };
  return [
    {
      name: "the muscle grid's Add muscle",
      render: () => (view = renderWithNoteForm(<MuscleGrid />)),
      added: () => values().procedure?.muscles?.length ?? 0,
    },
    {
      name: "Add findings for a muscle",
      render: () => (view = renderWithNoteForm(<FindingsSection />)),
      added: () => values().findings?.length ?? 0,
    },
    {
      name: "a prior session's Add muscle",
      render: () => (view = renderWithNoteForm(<PriorSessionsSection />, priorSession)),
      added: () => values().priorSessions?.[0]?.muscles?.length ?? 0,
    },
  ];
}

async function typeInBox(user: UserEvent, text: string): Promise<HTMLInputElement> {
  // The grid asks for a side first when none is chosen; choose one so Enter's effect is the row.
  const right = screen.queryByRole("radio", { name: "Right" });
  if (right) await user.click(right);
  const box = screen.getByRole<HTMLInputElement>("combobox", { name: /^Add (muscle|findings)/ });
  await user.click(box);
  await user.type(box, text);
  return box;
}

describe("kind 1: a pick is never made for the user (every muscle box)", () => {
  describe.each(boxes())("$name", (b) => {
    it.each([
      ["a part of a name", "infras", "Infraspinatus"],
      ["a typo", "trapezious", "Upper trapezius"],
      ["a group word several muscles share", "trap", "Upper trapezius"],
    ])(
      "Enter on %s (%s) adds nothing and says so; %s is an option to move to",
      async (_kind, typed, offered) => {
        const { user } = b.render();
        const box = await typeInBox(user, typed);
        const option = screen.getByRole("option", { name: new RegExp(offered) });
        expect(option.getAttribute("aria-selected")).toBe("false");
        await user.keyboard("{Enter}");
        expect(b.added()).toBe(0);
        expect(box.value).toBe(typed);
        const alert = screen.getByRole("alert");
        expect(alert.textContent).toContain(`No muscle is called “${typed}”`);
        expect(box.getAttribute("aria-invalid")).toBe("true");
        expect(box.getAttribute("aria-describedby")).toContain(alert.id);
        // The options are still there; moving to one and pressing Enter is a choice.
        const listbox = screen.getByRole("listbox");
        expect(within(listbox).getByRole("option", { name: new RegExp(offered) })).toBeTruthy();
        await user.keyboard("{ArrowDown}{Enter}");
        expect(b.added()).toBe(1);
        expect(box.getAttribute("aria-invalid")).toBeNull();
      },
    );

    it("Enter on a full abbreviation (utr) adds that muscle", async () => {
      const { user } = b.render();
      await typeInBox(user, "utr");
      expect(
        within(screen.getByRole("listbox")).getByRole("option", { selected: true }).textContent,
      ).toContain("Upper trapezius");
      await user.keyboard("{Enter}");
      expect(b.added()).toBe(1);
    });
  });
});
