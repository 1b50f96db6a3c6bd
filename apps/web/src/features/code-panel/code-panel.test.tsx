import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, within, cleanup } from "@testing-library/react";
import { Profiler } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CASE_1_SIMPLE_NECK, CASE_STUDIES } from "@tpi/fixtures";
import { NoteSchema, type Note } from "@tpi/schemas";
import { seedCodeSets } from "../code-sets/code-sets.test-support";
import { CodePanel } from "./code-panel";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

function renderPanel(note: Note | null, onJump: (path: string) => void = () => {}) {
  const client = new QueryClient();
  if (note) seedCodeSets(client, note);
  const ui = (n: Note | null) => (
    <QueryClientProvider client={client}>
      <CodePanel note={n} onJumpToField={onJump} />
    </QueryClientProvider>
  );
  const view = render(ui(note));
  return {
    ...view,
    rerenderNote: (n: Note | null) => {
      if (n) seedCodeSets(client, n);
      view.rerender(ui(n));
    },
  };
}

describe("CodePanel with the real engine and code sets", () => {
  it.each(CASE_STUDIES.map((c) => ({ name: c.title, study: c })))("$name", ({ study }) => {
    renderPanel(NoteSchema.parse(study.note));
    const panel = screen.getByTestId("code-panel");
    for (const line of study.expected.lines) {
      const row = within(panel).getByTestId(`claim-line-${line.code}`);
      expect(within(row).getByText("Units").nextSibling?.textContent).toBe(String(line.units));
      const letters = line.diagnosisPointers.map((p) => String.fromCharCode(64 + p)).join(" ");
      expect(within(row).getByText("Diagnosis pointers").nextSibling?.textContent).toBe(letters);
      expect(within(row).getByText("Modifiers").nextSibling?.textContent).toBe(
        line.modifiers.length > 0 ? line.modifiers.join(", ") : "none",
      );
    }
    for (const code of study.expected.forbiddenCodes) {
      expect(within(panel).queryByTestId(`claim-line-${code}`)).toBeNull();
    }
  });

  it("follows the note: a third distinct muscle turns 20552 into 20553", () => {
    const note = NoteSchema.parse(CASE_1_SIMPLE_NECK.note);
    const { rerenderNote } = renderPanel(note);
    expect(screen.getByTestId("claim-line-20552")).toBeTruthy();
    const first = note.procedure.muscles[0]!;
    const more: Note = {
      ...note,
      procedure: {
        ...note.procedure,
        muscles: [
          ...note.procedure.muscles,
          { ...first, rowId: "extra-1", muscleId: "levator-scapulae", side: "left" },
          { ...first, rowId: "extra-2", muscleId: "rhomboid-major", side: "left" },
          { ...first, rowId: "extra-3", muscleId: "infraspinatus", side: "left" },
        ],
      },
    };
    rerenderNote(more);
    expect(screen.getByTestId("claim-line-20553")).toBeTruthy();
    expect(screen.queryByTestId("claim-line-20552")).toBeNull();
  });

  it("a finding jumps to the note field it names", () => {
    const note = NoteSchema.parse({
      ...CASE_1_SIMPLE_NECK.note,
      procedure: { ...CASE_1_SIMPLE_NECK.note.procedure, tolerance: null },
    });
    const jumps: string[] = [];
    renderPanel(note, (p) => jumps.push(p));
    fireEvent.click(screen.getByRole("button", { name: /Missing:.*/i }));
    expect(jumps).toEqual(["procedure.tolerance"]);
  });

  // Speed itself is measured by the UI bench (e2e/bench), which prints figures; a timed assertion here
  // failed whenever the machine was busy. What a test can pin is that a change costs one commit.
  it("a change to a ten-muscle note commits the panel once", () => {
    const base = NoteSchema.parse(CASE_1_SIMPLE_NECK.note);
    const first = base.procedure.muscles[0]!;
    const ids = [
      "upper-trapezius",
      "levator-scapulae",
      "rhomboid-major",
      "infraspinatus",
      "supraspinatus",
    ];
    const tenMuscles = (tp: number): Note => ({
      ...base,
      procedure: {
        ...base.procedure,
        muscles: ids.flatMap((muscleId, i) =>
          (["left", "right"] as const).map((side) => ({
            ...first,
            rowId: `${muscleId}-${side}`,
            muscleId,
            side,
            triggerPoints: i === 0 ? tp : 1,
          })),
        ),
      },
    });
    const durations: number[] = [];
    const client = new QueryClient();
    seedCodeSets(client, base);
    const ui = (n: Note) => (
      <Profiler id="panel" onRender={(_id, _phase, actual) => durations.push(actual)}>
        <QueryClientProvider client={client}>
          <CodePanel note={n} onJumpToField={() => {}} />
        </QueryClientProvider>
      </Profiler>
    );
    const { rerender } = render(ui(tenMuscles(1)));
    expect(screen.getByTestId("claim-line-20553")).toBeTruthy();
    for (let i = 0; i < 20; i++) rerender(ui(tenMuscles(1 + (i % 5))));
    // The mount, then one commit per change: no second pass from keeping the last result.
    expect(durations).toHaveLength(21);
    expect(screen.getByTestId("claim-line-20553")).toBeTruthy();
  });

  it("an engine failure is shown in the panel instead of breaking the page", () => {
    const broken = {
      ...NoteSchema.parse(CASE_1_SIMPLE_NECK.note),
      procedure: undefined,
    } as unknown as Note;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    renderPanel(broken);
    expect(screen.getByTestId("code-panel").textContent).toMatch(/could not be worked out/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it("says so while the code sets are loading, and before there is a note", () => {
    vi.stubGlobal("fetch", () => new Promise<Response>(() => {}));
    const client = new QueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <CodePanel note={NoteSchema.parse(CASE_1_SIMPLE_NECK.note)} onJumpToField={() => {}} />
      </QueryClientProvider>,
    );
    expect(screen.getByTestId("code-panel").textContent).toMatch(/Loading the code sets/);
    rerender(
      <QueryClientProvider client={client}>
        <CodePanel note={null} onJumpToField={() => {}} />
      </QueryClientProvider>,
    );
    expect(screen.getByTestId("code-panel").textContent).toMatch(/as the note is filled in/);
    vi.unstubAllGlobals();
  });
});
