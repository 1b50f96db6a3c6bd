import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CoderQuery } from "@tpi/schemas";
import { AddendumForm } from "./addendum-form";
import { CoderQueryForm } from "./coder-query-form";

const QUERY: CoderQuery = {
  id: "q1",
  noteId: "n1",
  authorId: "u-coder",
  authorName: "Demo Coder",
  at: "2026-11-29T09:00:00.000Z",
  text: "Which side?",
  answeredByAddendumId: null,
};

describe("addendum form", () => {
  it("an empty addendum is refused at the field, nothing sent", async () => {
    const onSubmit = vi.fn();
    render(<AddendumForm openQueries={[]} onSubmit={onSubmit} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Add addendum" }));
    expect(await screen.findByText("Give the reason for the addendum")).toBeTruthy();
    expect(screen.getByText("Write the addendum")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("sends reason and text, answering the open query, then clears", async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(<AddendumForm openQueries={[QUERY]} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("Reason for the addendum"), "Coder query");
    await user.type(screen.getByLabelText("Addendum"), "Left levator scapulae.");
    await user.click(screen.getByRole("button", { name: "Add addendum" }));
    expect(onSubmit).toHaveBeenCalledWith({
      reason: "Coder query",
      text: "Left levator scapulae.",
      answersQueryId: "q1",
    });
    expect(screen.getByLabelText<HTMLTextAreaElement>("Addendum").value).toBe("");
  });

  it("a refused addendum keeps what was typed", async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error("refused"));
    const user = userEvent.setup();
    render(<AddendumForm openQueries={[]} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("Reason for the addendum"), "Late entry");
    await user.type(screen.getByLabelText("Addendum"), "Ice given.");
    await user.click(screen.getByRole("button", { name: "Add addendum" }));
    expect(onSubmit).toHaveBeenCalled();
    expect(screen.getByLabelText<HTMLTextAreaElement>("Addendum").value).toBe("Ice given.");
  });
});

describe("coder's query form", () => {
  it("sends the question and clears the box", async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const user = userEvent.setup();
    render(<CoderQueryForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("Question to the physician"), "Which side?");
    await user.click(screen.getByRole("button", { name: "Send query" }));
    expect(onSubmit).toHaveBeenCalledWith({ text: "Which side?" });
    expect(screen.getByLabelText<HTMLTextAreaElement>("Question to the physician").value).toBe("");
  });

  it("an empty question is refused at the field", async () => {
    const onSubmit = vi.fn();
    render(<CoderQueryForm onSubmit={onSubmit} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Send query" }));
    expect(await screen.findByText("Write the question")).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
