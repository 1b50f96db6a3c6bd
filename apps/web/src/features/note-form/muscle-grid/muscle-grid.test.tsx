import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { fieldDomId } from "../../../shared/field-id";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { MuscleGrid, type MuscleTools } from "./muscle-grid";
import { newMuscleRow } from "./muscle-rows";

async function addMuscle(user: UserEvent, side: "Left" | "Right" | "Both sides", typed: string) {
  await user.click(screen.getByRole("radio", { name: side }));
  const box = screen.getByRole("combobox", { name: "Add muscle" });
  await user.click(box);
  await user.type(box, typed);
  await user.keyboard("{Enter}");
}

function rowTitles(): string[] {
  const list = screen.queryByRole("list", { name: "Muscles injected" });
  if (!list) return [];
  return within(list)
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent?.replace(/^\d+/, "").trim() ?? "");
}

/** A button of row `index`'s injectate choice. */
function rowChoice(index: number, name: string | RegExp): HTMLElement {
  const row = screen.getAllByRole("listitem").filter((li) => li.classList.contains("muscle-row"))[
    index
  ];
  if (!row) throw new Error(`no row ${index}`);
  return within(row).getByRole("button", { name });
}

function input(path: string): HTMLInputElement {
  const el = document.getElementById(fieldDomId(path));
  if (!(el instanceof HTMLInputElement) && !(el instanceof HTMLSelectElement)) {
    throw new Error(`no control for ${path}`);
  }
  return el as HTMLInputElement;
}

describe("muscle grid", () => {
  it.each([
    {
      name: "abbreviation QL",
      typed: "QL",
      side: "Right" as const,
      title: "Right Quadratus lumborum",
    },
    {
      name: "abbreviation lev scap",
      typed: "lev scap",
      side: "Left" as const,
      title: "Left Levator scapulae",
    },
    {
      name: "abbreviation utr",
      typed: "utr",
      side: "Right" as const,
      title: "Right Upper trapezius",
    },
  ])("adds a row from the keyboard: $name", async ({ typed, side, title }) => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, side, typed);
    expect(rowTitles()).toEqual([title]);
    const rows = values().procedure?.muscles ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.rowId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0]?.triggerPoints).toBe(1);
  });

  it("moves the keyboard into the new row's injectate choice after Enter", async () => {
    const { user } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Both sides", "QL");
    await waitFor(() =>
      expect(document.activeElement?.id).toBe(fieldDomId("procedure.muscles.0.injectates")),
    );
    expect(document.activeElement?.textContent).toBe("Add injectate");
  });

  it("both sides adds two rows, left and right, each with its own id", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Both sides", "QL");
    expect(rowTitles()).toEqual(["Left Quadratus lumborum", "Right Quadratus lumborum"]);
    const rows = values().procedure?.muscles ?? [];
    expect(rows.map((r) => r.side)).toEqual(["left", "right"]);
    expect(new Set(rows.map((r) => r.rowId)).size).toBe(2);
  });

  it("a duplicate muscle and side is kept as its own row and flagged, not merged", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await addMuscle(user, "Right", "utr");
    expect(rowTitles()).toEqual(["Right Upper trapezius", "Right Upper trapezius"]);
    expect(values().procedure?.muscles).toHaveLength(2);
    expect(screen.getByText(/Same muscle and side as row 2\./)).toBeTruthy();
    expect(screen.getByText(/Same muscle and side as row 1\./)).toBeTruthy();
  });

  it("rows loaded with the note keep their side, agent and unit (a saved note reopened)", () => {
    const { values } = renderWithNoteForm(<MuscleGrid />, {
      procedure: {
        muscles: [
          {
            rowId: "r1",
            muscleId: "upper-trapezius",
            side: "right",
            triggerPoints: 2,
            injectates: [
              {
                agentId: "triamcinolone-acetonide",
                concentration: { value: 40, unit: "mg/mL" },
                volumeMl: 1,
              },
            ],
          },
          { rowId: "r2", muscleId: "quadratus-lumborum", side: "left", triggerPoints: 1 },
        ],
      },
    });
    expect(rowTitles()).toEqual(["Right Upper trapezius", "Left Quadratus lumborum"]);
    expect(input("procedure.muscles.0.side").value).toBe("right");
    expect(input("procedure.muscles.1.side").value).toBe("left");
    expect(input("procedure.muscles.0.injectates.0.agentId").value).toBe("triamcinolone-acetonide");
    expect(input("procedure.muscles.0.injectates.0.concentration.unit").value).toBe("mg/mL");
    expect(values().procedure?.muscles?.map((r) => r.side)).toEqual(["right", "left"]);
  });

  it("removing a row removes that row only; the others keep their data", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await addMuscle(user, "Right", "lev scap");
    await addMuscle(user, "Left", "QL");
    await user.clear(input("procedure.muscles.0.triggerPoints"));
    await user.type(input("procedure.muscles.0.triggerPoints"), "3");
    await user.clear(input("procedure.muscles.2.triggerPoints"));
    await user.type(input("procedure.muscles.2.triggerPoints"), "2");
    const before = values().procedure?.muscles ?? [];

    await user.click(screen.getByRole("button", { name: "Remove Right Levator scapulae" }));

    expect(rowTitles()).toEqual(["Right Upper trapezius", "Left Quadratus lumborum"]);
    const after = values().procedure?.muscles ?? [];
    expect(after.map((r) => r.rowId)).toEqual([before[0]?.rowId, before[2]?.rowId]);
    expect(after.map((r) => r.triggerPoints)).toEqual([3, 2]);
    expect(input("procedure.muscles.1.triggerPoints").value).toBe("2");
  });

  it("moving a row keeps each row's data, injectates included", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await addMuscle(user, "Right", "utr");
    await addMuscle(user, "Left", "QL");
    await user.clear(input("procedure.muscles.0.triggerPoints"));
    await user.type(input("procedure.muscles.0.triggerPoints"), "4");
    await user.click(rowChoice(1, "Add injectate"));
    await user.clear(input("procedure.muscles.1.injectates.0.volumeMl"));
    await user.type(input("procedure.muscles.1.injectates.0.volumeMl"), "2.5");
    const before = values().procedure?.muscles ?? [];

    await user.click(screen.getByRole("button", { name: "Move Left Quadratus lumborum up" }));

    expect(rowTitles()).toEqual(["Left Quadratus lumborum", "Right Upper trapezius"]);
    const after = values().procedure?.muscles ?? [];
    expect(after).toEqual([before[1], before[0]]);
    expect(after[0]?.injectates?.[0]?.volumeMl).toBe(2.5);
    expect(after[1]?.injectates).toEqual([]);
    expect(input("procedure.muscles.0.injectates.0.volumeMl").value).toBe("2.5");
    expect(input("procedure.muscles.1.triggerPoints").value).toBe("4");
  });

  it("a site word is refused with the muscles it may mean, and picking one adds it", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid />);
    await user.click(screen.getByRole("radio", { name: "Right" }));
    await user.type(screen.getByRole("combobox", { name: "Add muscle" }), "shoulder");
    expect(screen.getByText(/names a body site, not a muscle/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Levator scapulae" }));
    expect(rowTitles()).toEqual(["Right Levator scapulae"]);
    expect(values().procedure?.muscles?.[0]?.muscleId).toBe("levator-scapulae");
  });

  it("asks for the side when none was chosen, then adds the muscle", async () => {
    const { user } = renderWithNoteForm(<MuscleGrid />);
    const box = screen.getByRole("combobox", { name: "Add muscle" });
    await user.type(box, "QL");
    await user.keyboard("{Enter}");
    expect(rowTitles()).toEqual([]);
    expect(screen.getByText("Which side was Quadratus lumborum injected on?")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Quadratus lumborum on both sides" }));
    expect(rowTitles()).toEqual(["Left Quadratus lumborum", "Right Quadratus lumborum"]);
    expect(screen.queryByText("Which side was Quadratus lumborum injected on?")).toBeNull();
  });
});

describe("muscle grid tools (favourites and body diagram, passed in by the app)", () => {
  const Tools: MuscleTools = ({ rows, addMuscle, addRows }) => (
    <div>
      <p data-testid="tool-rows">{rows.map((r) => `${r.side} ${r.muscleId}`).join(", ")}</p>
      <button type="button" onClick={() => addMuscle("infraspinatus", "both")}>
        diagram: both infraspinatus
      </button>
      <button type="button" onClick={() => addRows([newMuscleRow("rhomboid-major", "right")])}>
        favourite: right rhomboid major
      </button>
    </div>
  );

  it("adds through the same paths as typing, after the rows already there, and sees every row", async () => {
    const { user, values } = renderWithNoteForm(<MuscleGrid tools={Tools} />);
    await addMuscle(user, "Right", "utr");
    await user.click(screen.getByRole("button", { name: "diagram: both infraspinatus" }));
    await user.click(screen.getByRole("button", { name: "favourite: right rhomboid major" }));
    expect(rowTitles()).toEqual([
      "Right Upper trapezius",
      "Left Infraspinatus",
      "Right Infraspinatus",
      "Right Rhomboid major",
    ]);
    expect(screen.getByTestId("tool-rows").textContent).toBe(
      "right upper-trapezius, left infraspinatus, right infraspinatus, right rhomboid-major",
    );
    expect(new Set(values().procedure?.muscles?.map((r) => r.rowId)).size).toBe(4);
  });
});
