import { describe, expect, it } from "vitest";
import { codeNote } from "../src/engine/code-note.js";
import { ctx, note, row } from "./engine-context.js";

// Issue 10, kind 2 (nothing reaches a claim unless the user sees it): a muscle row without an
// injectate is unfinished until the physician chooses injection or dry needling for it. "Both sides"
// with an injectate on one side made 20552 + 20560 and a non-coverage warning for the other side.

const withRows = (...rows: object[]) =>
  note((n) => ({ ...n, procedure: { ...n.procedure, muscles: rows as never } }));

function undecided(muscleId: string, side: "left" | "right") {
  return { rowId: `u-${side}`, muscleId, side, triggerPoints: 1, injectates: [] };
}

describe("kind 2: nothing reaches a claim unless the user sees it (a row with no injectate yet)", () => {
  it("a row with no injectate and no dry-needling choice adds no 20560 and no coverage warning", () => {
    const result = codeNote(
      withRows(row("upper-trapezius", "left"), undecided("upper-trapezius", "right")),
      ctx,
    );
    expect(result.claimLines.map((l) => l.code)).not.toContain("20560");
    expect(result.claimLines.map((l) => l.code)).toContain("20552");
    expect(result.findings.map((f) => f.message).join(" ")).not.toMatch(/dry needling/i);
  });

  it("the same row with dry needling chosen is coded as dry needling", () => {
    const result = codeNote(
      withRows(row("upper-trapezius", "left"), {
        ...undecided("upper-trapezius", "right"),
        dryNeedling: true,
      }),
      ctx,
    );
    expect(result.claimLines.map((l) => l.code)).toContain("20560");
  });
});
