import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttestationDialog } from "./attestation-dialog";

const TEXT = "I personally performed the procedure.";

describe("attestation before signing", () => {
  it("shows the statement; Sign stays disabled, with the reason, until it is confirmed", async () => {
    const onSign = vi.fn();
    render(
      <AttestationDialog
        open
        attestation={TEXT}
        busy={false}
        onSign={onSign}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByRole("dialog", { name: "Sign this note" })).toBeTruthy();
    expect(screen.getByText(TEXT)).toBeTruthy();
    const sign = screen.getByRole<HTMLButtonElement>("button", { name: "Sign note" });
    expect(sign.disabled).toBe(true);
    expect(document.getElementById(sign.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Confirm the statement to sign.",
    );
    await userEvent.setup().click(screen.getByLabelText("I confirm this statement"));
    expect(sign.disabled).toBe(false);
    await userEvent.setup().click(sign);
    expect(onSign).toHaveBeenCalledWith(TEXT);
  });

  it("cancel signs nothing", async () => {
    const onSign = vi.fn();
    const onCancel = vi.fn();
    render(
      <AttestationDialog
        open
        attestation={TEXT}
        busy={false}
        onSign={onSign}
        onCancel={onCancel}
      />,
    );
    await userEvent.setup().click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalled();
    expect(onSign).not.toHaveBeenCalled();
  });
});
