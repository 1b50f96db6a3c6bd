import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import type { Addendum, CoderQuery } from "@tpi/schemas";
import { AddendaList } from "./addenda-list";
import { CoderQueriesList } from "./coder-queries-list";

const addendum = (sequence: number, extra: Partial<Addendum> = {}): Addendum => ({
  id: `a${sequence}`,
  noteId: "n1",
  sequence,
  authorId: "u-doc",
  authorName: "Dr. Demo Physician",
  at: "2026-11-29T10:00:00.000Z",
  reason: `Reason ${sequence}`,
  text: `Text ${sequence}`,
  answersQueryId: null,
  previousSha256: "0".repeat(64),
  sha256: "1".repeat(64),
  ...extra,
});
const QUERY: CoderQuery = {
  id: "q1",
  noteId: "n1",
  authorId: "u-coder",
  authorName: "Demo Coder",
  at: "2026-11-29T09:00:00.000Z",
  text: "Which side was the levator scapulae?",
  answeredByAddendumId: null,
};

describe("addenda", () => {
  it("are shown in the order written, each with author and reason", () => {
    render(<AddendaList addenda={[addendum(2), addendum(1)]} queries={[]} />);
    const items = within(
      screen.getByRole("list", { name: "Addenda, in the order written" }),
    ).getAllByRole("listitem");
    expect(items.map((i) => i.querySelector("strong")?.textContent)).toEqual([
      "Addendum 1",
      "Addendum 2",
    ]);
    expect(items[0]?.textContent).toContain("by Dr. Demo Physician");
    expect(items[0]?.textContent).toContain("Reason: Reason 1");
  });

  it("an addendum that answers a query links to it, and the query to its answer", () => {
    const answer = addendum(1, { answersQueryId: "q1" });
    const answered = { ...QUERY, answeredByAddendumId: "a1" };
    render(
      <>
        <AddendaList addenda={[answer]} queries={[answered]} />
        <CoderQueriesList queries={[answered]} addenda={[answer]} />
      </>,
    );
    expect(
      screen.getByRole("link", { name: "the query from Demo Coder" }).getAttribute("href"),
    ).toBe("#query-q1");
    expect(screen.getByRole("link", { name: "addendum 1" }).getAttribute("href")).toBe(
      "#addendum-a1",
    );
  });

  it("an unanswered query says it is open", () => {
    render(<CoderQueriesList queries={[QUERY]} addenda={[]} />);
    expect(screen.getByText("Open")).toBeTruthy();
    expect(screen.queryByRole("link")).toBeNull();
  });

  it("none yet is said, not an empty list", () => {
    render(<AddendaList addenda={[]} queries={[]} />);
    expect(screen.getByText("No addenda.")).toBeTruthy();
  });
});
