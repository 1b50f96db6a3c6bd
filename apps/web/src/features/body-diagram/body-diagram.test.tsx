import { render, screen, within, cleanup, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { muscleById } from "@tpi/coding";
import type { Side } from "@tpi/schemas";
import { BodyDiagram } from "./body-diagram";
import { REGIONS } from "./regions.table";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

const centreX = (button: HTMLElement) =>
  Number(button.querySelector("ellipse")?.getAttribute("cx"));

describe("regions table", () => {
  it.each(REGIONS.map((r) => ({ name: r.muscleId, r })))("$name is a catalog muscle", ({ r }) => {
    expect(muscleById(r.muscleId)).toBeDefined();
  });

  it("lists each muscle once", () => {
    const ids = REGIONS.map((r) => r.muscleId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("BodyDiagram", () => {
  it("draws a left and a right region for every muscle in the table, in the view the catalog gives", () => {
    render(<BodyDiagram rows={[]} onAddMuscle={() => {}} />);
    const front = screen.getByRole("group", { name: "Front view" });
    const back = screen.getByRole("group", { name: "Back view" });
    for (const r of REGIONS) {
      const m = muscleById(r.muscleId)!;
      const name = `Right ${m.name.charAt(0).toLowerCase()}${m.name.slice(1)}`;
      const inView = m.view === "front" ? front : back;
      expect(within(inView).getByRole("button", { name }), name).toBeTruthy();
    }
    expect(screen.getAllByRole("button")).toHaveLength(REGIONS.length * 2);
  });

  it.each([
    {
      name: "front view: the patient's right is on the viewer's left",
      view: "Front view",
      label: "Right pectoralis major",
      left: true,
    },
    {
      name: "front view: the patient's left is on the viewer's right",
      view: "Front view",
      label: "Left pectoralis major",
      left: false,
    },
    {
      name: "back view: the patient's right is on the viewer's right",
      view: "Back view",
      label: "Right upper trapezius",
      left: false,
    },
    {
      name: "back view: the patient's left is on the viewer's left",
      view: "Back view",
      label: "Left upper trapezius",
      left: true,
    },
  ])("$name", ({ view, label, left }) => {
    render(<BodyDiagram rows={[]} onAddMuscle={() => {}} />);
    const button = within(screen.getByRole("group", { name: view })).getByRole("button", {
      name: label,
    });
    expect(centreX(button) < 100).toBe(left);
  });

  it("labels the sides R and L as the viewer sees them", () => {
    const { container } = render(<BodyDiagram rows={[]} onAddMuscle={() => {}} />);
    const labels = [...container.querySelectorAll(".bd-side-label")].map((t) => t.textContent);
    expect(labels).toEqual(["R", "L", "L", "R"]);
  });

  it("marks injected muscles by side, in the accessible name too", () => {
    render(
      <BodyDiagram
        rows={[{ muscleId: "upper-trapezius", side: "right" }]}
        onAddMuscle={() => {}}
      />,
    );
    expect(
      screen.getByRole("button", { name: "Right upper trapezius, injected" }).getAttribute("class"),
    ).toContain("bd-injected");
    expect(
      screen.getByRole("button", { name: "Left upper trapezius" }).getAttribute("class"),
    ).not.toContain("bd-injected");
  });

  it.each([
    { name: "Enter", key: "{Enter}" },
    { name: "Space", key: " " },
  ])("adds a muscle from the keyboard with $name", async ({ key }) => {
    const user = userEvent.setup();
    const added: [string, Side][] = [];
    render(<BodyDiagram rows={[]} onAddMuscle={(m, s) => added.push([m, s])} />);
    screen.getByRole("button", { name: "Left quadratus lumborum" }).focus();
    await user.keyboard(key);
    expect(added).toEqual([["quadratus-lumborum", "left"]]);
  });

  it("adds a muscle on click", async () => {
    const user = userEvent.setup();
    const added: [string, Side][] = [];
    render(<BodyDiagram rows={[]} onAddMuscle={(m, s) => added.push([m, s])} />);
    await user.click(screen.getByRole("button", { name: "Right infraspinatus" }));
    expect(added).toEqual([["infraspinatus", "right"]]);
  });
});

describe("body diagram: regions are named on hover and on focus", () => {
  it("shows the region's name in words when pointed at or focused, and clears it after", async () => {
    const user = userEvent.setup();
    render(<BodyDiagram rows={[]} onAddMuscle={() => undefined} />);
    const region = screen.getByRole("button", { name: "Right upper trapezius" });
    const front = region.closest("figure");
    if (!front) throw new Error("no figure");
    await user.hover(region);
    expect(front.querySelector(".bd-pointed")?.textContent).toBe("Right upper trapezius");
    await user.unhover(region);
    expect(front.querySelector(".bd-pointed")?.textContent).toBe("\u00a0");
    region.focus();
    await waitFor(() =>
      expect(front.querySelector(".bd-pointed")?.textContent).toBe("Right upper trapezius"),
    );
  });
});
