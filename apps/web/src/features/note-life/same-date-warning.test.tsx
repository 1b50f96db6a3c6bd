import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { NoteSummary } from "@tpi/schemas";
import { SameDateWarning } from "./same-date-warning";

const EXISTING: NoteSummary = {
  id: "n-1",
  patientId: "p-1",
  status: "draft",
  version: 2,
  updatedAt: "2026-11-29T10:00:00.000Z",
  dateOfService: "2026-11-29",
  muscleCount: 2,
  payerProfileId: "medicare-lcd-2024",
  providerName: "",
  assignedPhysicianId: null,
};

describe("a second note on the same date of service", () => {
  it("warns and offers the existing note first", () => {
    render(
      <SameDateWarning
        dateOfService="2026-11-29"
        existing={[EXISTING]}
        busy={false}
        onCreateAnyway={() => undefined}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("already has a note for 2026-11-29");
    expect(
      screen.getByRole("link", { name: "Open the draft note of 2026-11-29" }).getAttribute("href"),
    ).toBe("/notes/n-1");
  });

  it("creates another only when asked", async () => {
    const onCreateAnyway = vi.fn();
    render(
      <SameDateWarning
        dateOfService="2026-11-29"
        existing={[EXISTING]}
        busy={false}
        onCreateAnyway={onCreateAnyway}
      />,
    );
    await userEvent
      .setup()
      .click(screen.getByRole("button", { name: "Create another note for 2026-11-29" }));
    expect(onCreateAnyway).toHaveBeenCalledTimes(1);
  });
});
