import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within, cleanup } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { IcdSearchHit, IcdSearchResponse } from "@tpi/schemas";
import { DiagnosisPicker } from "./diagnosis-picker";
import { moveItem, pickerOptions } from "./picker-options";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

const myalgiaHeader: IcdSearchHit = {
  code: "M79.1",
  title: "Myalgia",
  billable: false,
  matchedTerm: null,
  billableChildren: [
    { code: "M79.11", title: "Myalgia of mastication muscle" },
    { code: "M79.12", title: "Myalgia of auxiliary muscles, head and neck" },
    { code: "M79.18", title: "Myalgia, other site" },
  ],
};
const cervicalgia: IcdSearchHit = {
  code: "M54.2",
  title: "Cervicalgia",
  billable: true,
  matchedTerm: "neck pain",
  billableChildren: [],
};

/** A small stand-in for the API's search route, recording the queries it was asked. */
function searchServer(table: Record<string, IcdSearchHit[]>) {
  const asked: { q: string; dos: string; limit: string }[] = [];
  const handler = (input: string) => {
    const url = new URL(input, "http://localhost");
    expect(url.pathname).toBe("/api/icd10cm/search");
    const q = url.searchParams.get("q") ?? "";
    asked.push({
      q,
      dos: url.searchParams.get("dos") ?? "",
      limit: url.searchParams.get("limit") ?? "",
    });
    const body: IcdSearchResponse = { codeSet: "FY2027", hits: table[q.toLowerCase()] ?? [] };
    return Promise.resolve(
      new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } }),
    );
  };
  return { handler, asked };
}

function Harness({
  initial = [] as string[],
  onChangeSpy,
}: {
  initial?: string[];
  onChangeSpy?: (c: string[]) => void;
}) {
  const [codes, setCodes] = useState<string[]>(initial);
  return (
    <DiagnosisPicker
      value={codes}
      onChange={(c) => {
        onChangeSpy?.(c);
        setCodes(c);
      }}
      dateOfService="2026-11-20"
      id="f-diagnoses"
    />
  );
}

function renderPicker(props: Parameters<typeof Harness>[0] = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <Harness {...props} />
    </QueryClientProvider>,
  );
}

describe("DiagnosisPicker", () => {
  let server: ReturnType<typeof searchServer>;
  beforeEach(() => {
    server = searchServer({
      myal: [myalgiaHeader],
      myalgai: [{ ...myalgiaHeader, matchedTerm: "myalgia" }],
      neck: [cervicalgia, myalgiaHeader],
      "m79.18": [
        {
          code: "M79.18",
          title: "Myalgia, other site",
          billable: true,
          matchedTerm: null,
          billableChildren: [],
        },
      ],
      "m54.2": [cervicalgia],
    });
    vi.stubGlobal("fetch", server.handler);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("is a labelled combobox whose input carries the given id", () => {
    renderPicker();
    const input = screen.getByRole("combobox", { name: "Diagnoses (ICD-10-CM)" });
    expect(input.id).toBe("f-diagnoses");
  });

  it("picks a billable child of a header with the keyboard alone, skipping the header", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.click(screen.getByRole("combobox"));
    await user.keyboard("myal");
    const header = await screen.findByRole("option", {
      name: /M79\.1\s*Myalgia\s*Category header/,
    });
    expect(header.getAttribute("aria-disabled")).toBe("true");
    // The first billable child is highlighted, not the header above it.
    await waitFor(() =>
      expect(screen.getByRole("option", { selected: true }).textContent).toContain("M79.11"),
    );
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(changes).toEqual([["M79.18"]]);
    const selected = screen.getByRole("list", { name: "Selected diagnoses, in claim order" });
    expect(within(selected).getByText("M79.18")).toBeTruthy();
    expect(within(selected).getByText("Myalgia, other site")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("combobox").value).toBe("");
    // The query was debounced: no request for the partial words "m", "my", "mya".
    expect(server.asked.map((a) => a.q)).toEqual(["myal"]);
    expect(server.asked[0]).toMatchObject({ dos: "2026-11-20", limit: "10" });
  });

  it("adds a typed code with Enter", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "M79.18");
    await screen.findByRole("option", { name: /M79\.18/ });
    await user.keyboard("{Enter}");
    expect(changes).toEqual([["M79.18"]]);
  });

  it("does not search without a valid date of service, and says why", async () => {
    const user = userEvent.setup();
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <DiagnosisPicker value={[]} onChange={() => {}} dateOfService="2026-02-30" />
      </QueryClientProvider>,
    );
    await user.type(screen.getByRole("combobox"), "myal");
    await new Promise((r) => setTimeout(r, 200));
    expect(server.asked).toEqual([]);
    expect(screen.getByRole("status").textContent).toMatch(/Enter the date of service/);
  });

  it("a header cannot be picked by clicking it", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "myal");
    await user.click(await screen.findByRole("option", { name: /M79\.1\s*Myalgia\s*Category/ }));
    expect(changes).toEqual([]);
  });

  it("shows what a misspelt query matched", async () => {
    const user = userEvent.setup();
    renderPicker();
    await user.type(screen.getByRole("combobox"), "myalgai");
    expect(await screen.findByText("Matched: myalgia")).toBeTruthy();
  });

  it("offers a code already on the list as disabled", async () => {
    const user = userEvent.setup();
    renderPicker({ initial: ["M54.2"] });
    await user.type(screen.getByRole("combobox"), "neck");
    const option = await screen.findByRole("option", { name: /M54\.2\s*Cervicalgia/ });
    expect(option.getAttribute("aria-disabled")).toBe("true");
  });

  it("orders, letters and removes the selected codes from the keyboard", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ initial: ["M79.18", "M54.2"], onChangeSpy: (c) => changes.push(c) });
    const list = screen.getByRole("list", { name: "Selected diagnoses, in claim order" });
    // Titles of codes already on the note are looked up.
    expect(await within(list).findByText("Cervicalgia")).toBeTruthy();
    expect(
      within(list)
        .getAllByText(/^[A-L]$/)
        .map((e) => e.textContent),
    ).toEqual(["A", "B"]);

    screen.getByRole("button", { name: "Move M54.2 up" }).focus();
    await user.keyboard("{Enter}");
    expect(changes.at(-1)).toEqual(["M54.2", "M79.18"]);
    // Focus follows the moved code (its "up" button is now disabled, so the next enabled button).
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move M54.2 down");

    screen.getByRole("button", { name: "Remove M54.2" }).focus();
    await user.keyboard("{Enter}");
    expect(changes.at(-1)).toEqual(["M79.18"]);
    expect(
      within(list)
        .getAllByText(/^[A-L]$/)
        .map((e) => e.textContent),
    ).toEqual(["A"]);
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Remove M79.18");
  });
});

describe("pickerOptions", () => {
  it.each([
    {
      name: "a header is followed by its billable children",
      hits: [myalgiaHeader],
      want: ["M79.1:header", "M79.11:M79.1", "M79.12:M79.1", "M79.18:M79.1"],
    },
    {
      name: "a code that is both a hit and a child is listed once",
      hits: [myalgiaHeader, { ...cervicalgia, code: "M79.18", title: "Myalgia, other site" }],
      want: ["M79.1:header", "M79.11:M79.1", "M79.12:M79.1", "M79.18:M79.1"],
    },
    { name: "billable hits stand alone", hits: [cervicalgia], want: ["M54.2:-"] },
  ])("$name", ({ hits, want }) => {
    expect(
      pickerOptions(hits).map((o) => `${o.code}:${o.billable ? (o.parent ?? "-") : "header"}`),
    ).toEqual(want);
  });
});

describe("moveItem", () => {
  it.each([
    { name: "up", list: ["A", "B", "C"], index: 1, delta: -1 as const, want: ["B", "A", "C"] },
    { name: "down", list: ["A", "B", "C"], index: 1, delta: 1 as const, want: ["A", "C", "B"] },
    {
      name: "first cannot go up",
      list: ["A", "B"],
      index: 0,
      delta: -1 as const,
      want: ["A", "B"],
    },
    {
      name: "last cannot go down",
      list: ["A", "B"],
      index: 1,
      delta: 1 as const,
      want: ["A", "B"],
    },
  ])("$name", ({ list, index, delta, want }) => {
    expect(moveItem(list, index, delta)).toEqual(want);
  });
});
