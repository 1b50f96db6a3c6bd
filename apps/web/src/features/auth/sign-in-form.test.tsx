import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { SignInForm } from "./sign-in-form";

function renderForm() {
  const submitted: unknown[] = [];
  render(
    <SignInForm
      failure={null}
      onSubmit={(values) => {
        submitted.push(values);
        return Promise.resolve();
      }}
    />,
  );
  return { user: userEvent.setup(), submitted };
}

describe("sign-in form validation", () => {
  it("sends trimmed, lower-cased credentials once they are valid", async () => {
    const { user, submitted } = renderForm();
    await user.type(screen.getByLabelText("Email"), "  Physician@Demo.TPI ");
    await user.type(screen.getByLabelText("Password"), "demo-tpi-2026");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(submitted).toEqual([{ email: "physician@demo.tpi", password: "demo-tpi-2026" }]);
  });

  it.each([
    {
      name: "both empty",
      email: "",
      password: "",
      emailError: "Enter an email address",
      passwordError: "Enter the password",
    },
    {
      name: "not an email",
      email: "physician",
      password: "x",
      emailError: "Enter an email address",
      passwordError: null,
    },
    {
      name: "no password",
      email: "physician@demo.tpi",
      password: "",
      emailError: null,
      passwordError: "Enter the password",
    },
  ])("$name", async ({ email, password, emailError, passwordError }) => {
    const { user, submitted } = renderForm();
    const emailBox = screen.getByLabelText("Email");
    const passwordBox = screen.getByLabelText("Password");
    if (email) await user.type(emailBox, email);
    if (password) await user.type(passwordBox, password);
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const expectations = [
      { box: emailBox, message: emailError },
      { box: passwordBox, message: passwordError },
    ];
    // Wait for every expected message first, so the "no error" checks run after validation finished.
    for (const { message } of expectations) if (message) await screen.findByText(message);
    for (const { box, message } of expectations) {
      if (message) {
        expect(box.getAttribute("aria-invalid")).toBe("true");
        const describedBy = box.getAttribute("aria-describedby") ?? "";
        expect(document.getElementById(describedBy)?.textContent).toBe(message);
      } else {
        expect(box.getAttribute("aria-invalid")).toBeNull();
      }
    }
    expect(submitted).toEqual([]);
  });
});
