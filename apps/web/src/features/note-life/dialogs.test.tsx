import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DiscardDialog } from "./discard-dialog";
import { HandOverDialog } from "./hand-over-dialog";

describe("discard a draft", () => {
  it("asks first, with Cancel (the safe choice) focused", () => {
    render(
      <DiscardDialog open busy={false} onDiscard={() => undefined} onCancel={() => undefined} />,
    );
    expect(screen.getByRole("dialog", { name: "Discard this draft?" })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe("Cancel");
  });

  it("discards with the reason given", async () => {
    const onDiscard = vi.fn();
    const user = userEvent.setup();
    render(<DiscardDialog open busy={false} onDiscard={onDiscard} onCancel={() => undefined} />);
    await user.type(screen.getByLabelText("Reason (optional)"), "  duplicate of today's note ");
    await user.click(screen.getByRole("button", { name: "Discard the draft" }));
    expect(onDiscard).toHaveBeenCalledWith("duplicate of today's note");
  });

  it("cancel discards nothing", async () => {
    const onDiscard = vi.fn();
    const onCancel = vi.fn();
    render(<DiscardDialog open busy={false} onDiscard={onDiscard} onCancel={onCancel} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalled();
    expect(onDiscard).not.toHaveBeenCalled();
  });
});

describe("hand over to a physician", () => {
  const PHYSICIANS = [
    { id: "u-doc", displayName: "Dr. Demo Physician" },
    { id: "u-doc2", displayName: "Dr. Second" },
  ];

  it("to any physician unless one is named", async () => {
    const onHandOver = vi.fn();
    render(
      <HandOverDialog
        open
        physicians={PHYSICIANS}
        busy={false}
        onHandOver={onHandOver}
        onCancel={() => undefined}
      />,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Hand over" }));
    expect(onHandOver).toHaveBeenCalledWith(null);
  });

  it("to the physician named", async () => {
    const onHandOver = vi.fn();
    const user = userEvent.setup();
    render(
      <HandOverDialog
        open
        physicians={PHYSICIANS}
        busy={false}
        onHandOver={onHandOver}
        onCancel={() => undefined}
      />,
    );
    await user.selectOptions(screen.getByLabelText("Physician"), "u-doc2");
    await user.click(screen.getByRole("button", { name: "Hand over" }));
    expect(onHandOver).toHaveBeenCalledWith("u-doc2");
  });

  it("without a list of physicians, no empty picker", () => {
    render(
      <HandOverDialog
        open
        physicians={undefined}
        busy={false}
        onHandOver={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.queryByLabelText("Physician")).toBeNull();
  });
});
