import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { WorklistItem } from "@tpi/schemas";
import { CoderFilters } from "./coder-filters";
import { WorklistTable } from "./worklist-table";

const ITEM: WorklistItem = {
  noteId: "n-1",
  patientId: "p-1",
  patientName: "Testpatient, Avery",
  mrn: "DEMO-0001",
  status: "ready-for-physician",
  version: 3,
  dateOfService: "2026-11-29",
  payerProfileId: "medicare-lcd-2024",
  providerName: "",
  createdBy: "u-ma",
  createdByName: "Demo Medical Assistant",
  updatedAt: "2026-11-29T10:00:00.000Z",
  assignedPhysicianId: "u-doc",
  reason: "handed-over-to-me",
};

describe("worklist table", () => {
  it("a row per note, its patient a link to the note, with its status and who started it", () => {
    render(
      <WorklistTable
        caption="Handed over"
        items={[ITEM]}
        payerName={(id) => `payer ${id}`}
        empty="None"
      />,
    );
    const table = screen.getByRole("region", { name: "Handed over" });
    const row = within(table).getAllByRole("row")[1]!;
    expect(within(row).getByRole("link", { name: "Testpatient, Avery" }).getAttribute("href")).toBe(
      "/notes/n-1",
    );
    expect(row.textContent).toContain("Ready for physician");
    expect(row.textContent).toContain("Handed over to you");
    expect(row.textContent).toContain("payer medicare-lcd-2024");
    expect(row.textContent).toContain("Demo Medical Assistant");
    expect(row.textContent).toContain("not entered");
  });

  it("an empty list says so instead of showing an empty table", () => {
    render(
      <WorklistTable caption="Your drafts" items={[]} payerName={(id) => id} empty="No drafts." />,
    );
    expect(screen.getByText("No drafts.")).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("coder's filters", () => {
  const PAYERS = [{ id: "medicare-lcd-2024", name: "Medicare LCD" }];

  it("each change applies at once", () => {
    const onChange = vi.fn();
    render(<CoderFilters value={{}} onChange={onChange} payerProfiles={PAYERS} />);
    fireEvent.change(screen.getByLabelText("Payer profile"), {
      target: { value: "medicare-lcd-2024" },
    });
    expect(onChange).toHaveBeenLastCalledWith({ payerProfileId: "medicare-lcd-2024" });
    fireEvent.change(screen.getByLabelText("Date of service from"), {
      target: { value: "2026-11-01" },
    });
    expect(onChange).toHaveBeenLastCalledWith({ from: "2026-11-01" });
  });

  it("a cleared box means any, and leaves the query", () => {
    const onChange = vi.fn();
    render(
      <CoderFilters
        value={{ provider: "Demo", payerProfileId: "medicare-lcd-2024" }}
        onChange={onChange}
        payerProfiles={PAYERS}
      />,
    );
    fireEvent.change(screen.getByLabelText("Provider"), { target: { value: "" } });
    expect(onChange).toHaveBeenLastCalledWith({ payerProfileId: "medicare-lcd-2024" });
  });
});
