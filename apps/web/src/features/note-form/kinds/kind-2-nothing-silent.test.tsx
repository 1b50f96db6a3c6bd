import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { NoteSchema } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { MuscleGrid } from "../muscle-grid/muscle-grid";
import { SameDayEmSection } from "../sections/same-day-em-section";

// Issue 10, kind 2: something was copied or defaulted silently into a claim. A new muscle row copied
// the row above's injectates below the fold while focus stayed on "Add muscle", so "Add injectate"
// doubled the dose (lidocaine reached 180 mg); "both sides" with an injectate on one side made the
// other dry needling (20552 + 20560); ticking same-day E/M set 99213. Rule: nothing reaches a claim
// line unless the user sees it happen and can undo it. (The engine's side, an undecided row coded as
// nothing, is in packages/coding/test/undecided-rows.test.ts under the same name.)

async function addMuscle(user: UserEvent, side: "Left" | "Right" | "Both sides", typed: string) {
  await user.click(screen.getByRole("radio", { name: side }));
  const box = screen.getByRole("combobox", { name: "Add muscle" });
  await user.click(box);
  await user.type(box, `${typed}{Enter}`);
}

function row(index: number): HTMLElement {
  const rows = within(screen.getByRole("list", { name: "Muscles injected" }))
    .getAllByRole("listitem")
    .filter((li) => li.classList.contains("muscle-row"));
  const r = rows[index];
  if (!r) throw new Error(`no row ${index}`);
  return r;
}

function field(path: string): HTMLInputElement {
  const el = document.getElementById(fieldDomId(path));
  if (!el) throw new Error(`no field ${path}`);
  return el as HTMLInputElement;
}

async function typeOver(user: UserEvent, path: string, text: string) {
  await user.clear(field(path));
  await user.type(field(path), text);
}

describe("kind 2: nothing reaches a claim unless the user sees it", () => {
  it("a new row copies nothing: it says it is incomplete and offers the row above's injectate, with the keyboard on that choice", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await user.click(within(row(0)).getByRole("button", { name: "Add injectate" }));
    await typeOver(user, "procedure.muscles.0.injectates.0.volumeMl", "9");

    await addMuscle(user, "Right", "lev scap");
    expect(values().procedure?.muscles?.[1]?.injectates).toEqual([]);
    expect(
      within(row(1)).getByText(/Choose this muscle’s injectate, or dry needling/),
    ).toBeTruthy();
    expect(within(row(1)).getByText("Incomplete")).toBeTruthy();
    const same = within(row(1)).getByRole("button", {
      name: "Same injectate as row 1, right Upper trapezius: Lidocaine 1 % 9 mL",
    });
    await waitFor(() => expect(document.activeElement).toBe(same));

    // Chosen: the copy is shown in the row, a copy of its own.
    await user.click(same);
    expect(values().procedure?.muscles?.[1]?.injectates?.[0]?.volumeMl).toBe(9);
    await waitFor(() =>
      expect(document.activeElement).toBe(field("procedure.muscles.1.injectates.0.agentId")),
    );
    await typeOver(user, "procedure.muscles.1.injectates.0.volumeMl", "3");
    expect(values().procedure?.muscles?.[0]?.injectates?.[0]?.volumeMl).toBe(9);
  });

  it("pressing Add injectate in a new row adds one injectate, never a copy plus one (the 180 mg lidocaine)", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await user.click(within(row(0)).getByRole("button", { name: "Add injectate" }));
    await addMuscle(user, "Right", "lev scap");
    await user.click(within(row(1)).getByRole("button", { name: "Add injectate" }));
    expect(values().procedure?.muscles?.[1]?.injectates).toHaveLength(1);
  });

  it("two injectates of the same agent in one muscle are flagged", async () => {
    const { user } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await user.click(within(row(0)).getByRole("button", { name: "Add injectate" }));
    expect(within(row(0)).queryByText(/entered 2 times/)).toBeNull();
    await user.click(
      within(row(0)).getByRole("button", {
        name: "Add another injectate to Right Upper trapezius",
      }),
    );
    expect(
      within(row(0)).getByText(/Lidocaine is entered 2 times in this row \(injectates 1 and 2\)/),
    ).toBeTruthy();
  });

  it("both sides: the two rows get the same injectate, kept in step, until the user gives one its own", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Both sides", "utr");
    expect(
      within(row(1)).getByText(
        /Same injectate as row 1, left Upper trapezius \(both sides\): not chosen yet/,
      ),
    ).toBeTruthy();
    await user.click(within(row(0)).getByRole("button", { name: "Add injectate" }));
    await typeOver(user, "procedure.muscles.0.injectates.0.volumeMl", "2");
    await waitFor(() =>
      expect(values().procedure?.muscles?.[1]?.injectates).toEqual(
        values().procedure?.muscles?.[0]?.injectates,
      ),
    );
    expect(values().procedure?.muscles?.[1]?.injectates?.[0]?.volumeMl).toBe(2);
    // The right side is not dry needling: it has the left's injectate.
    expect(values().procedure?.muscles?.[1]?.dryNeedling).not.toBe(true);
    expect(within(row(1)).getByText(/Lidocaine 1 % 2 mL/)).toBeTruthy();

    await user.click(
      within(row(1)).getByRole("button", { name: "Give this side its own injectate" }),
    );
    await typeOver(user, "procedure.muscles.1.injectates.0.volumeMl", "4");
    expect(values().procedure?.muscles?.[0]?.injectates?.[0]?.volumeMl).toBe(2);
    expect(values().procedure?.muscles?.[1]?.injectates?.[0]?.volumeMl).toBe(4);
  });

  it("a row with no injectate is not dry needling until the user says so, and can take it back", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "QL");
    expect(values().procedure?.muscles?.[0]?.dryNeedling).toBeUndefined();
    await user.click(within(row(0)).getByRole("button", { name: "Dry needling, no injectate" }));
    expect(values().procedure?.muscles?.[0]?.dryNeedling).toBe(true);
    expect(within(row(0)).getByText(/Dry needling, no injectate \(not coded/)).toBeTruthy();
    await user.click(within(row(0)).getByRole("button", { name: "Change: choose an injectate" }));
    expect(values().procedure?.muscles?.[0]?.dryNeedling).toBe(false);
    expect(within(row(0)).getByRole("button", { name: "Add injectate" })).toBeTruthy();
  });

  it("ticking same-day E/M chooses no level: the level is a required choice, said at the field", async () => {
    const { user, values, form } = renderWithNoteForm(<SameDayEmSection />);
    await user.click(screen.getByLabelText("A separate E/M service was provided at this visit"));
    expect(values().sameDayEm?.level).toBeUndefined();
    const level = screen.getByLabelText<HTMLSelectElement>("E/M level");
    expect(level.value).toBe("");
    expect(level.selectedOptions[0]?.textContent).toBe("Choose the level billed");
    expect(NoteSchema.safeParse(values()).success).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(level));
    await user.tab();
    await form().trigger("sameDayEm.level");
    await waitFor(() => expect(screen.getByText("Choose the E/M level billed")).toBeTruthy());
    expect(level.getAttribute("aria-invalid")).toBe("true");
    await user.selectOptions(level, "99214");
    expect(values().sameDayEm?.level).toBe("99214");
  });
});
