import { render, screen, cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CASE_1_SIMPLE_NECK } from "@tpi/fixtures";
import { NoteSchema } from "@tpi/schemas";
import { NarrativePreview } from "./narrative-preview";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

describe("NarrativePreview", () => {
  it("shows each non-empty section under its heading", () => {
    render(<NarrativePreview note={NoteSchema.parse(CASE_1_SIMPLE_NECK.note)} />);
    const procedure = screen.getByRole("region", { name: "Procedure" });
    expect(procedure.textContent).toMatch(/Trigger points identified by palpation in the right/);
    expect(screen.getByRole("region", { name: "After the procedure" }).textContent).toMatch(
      /tolerated the procedure well without complications/,
    );
  });

  it("says when nothing is documented yet", () => {
    render(<NarrativePreview note={null} />);
    expect(screen.getByTestId("narrative-preview").textContent).toMatch(/Nothing documented yet/);
  });
});
