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
    // Nothing is highlighted until the user moves; moving skips the header.
    expect(screen.queryByRole("option", { selected: true })).toBeNull();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("option", { selected: true }).textContent).toContain("M79.11");
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

const fuzzy = (code: string, title: string): IcdSearchHit => ({
  code,
  title,
  billable: true,
  matchedTerm: null,
  billableChildren: [],
});

describe("kind 1: a pick is never made for the user (diagnosis box)", () => {
  let server: ReturnType<typeof searchServer>;
  beforeEach(() => {
    // What the search offered for codes that do not exist, as the issue found them.
    server = searchServer({
      "m79.99": [fuzzy("Y90.4", "Blood alcohol level of 80-99 mg/100 ml"), cervicalgia],
      "z99.999": [fuzzy("P05.03", "Newborn light for gestational age, 750-999 grams")],
      abc: [fuzzy("E83.824", "Hypophosphatemic rickets")],
      "xyz.99": [],
      "m79.19": [],
      m79: [myalgiaHeader],
      "m79.1": [myalgiaHeader],
      "m79.18": [fuzzy("M79.18", "Myalgia, other site")],
      m7918: [fuzzy("M79.18", "Myalgia, other site")],
    });
    vi.stubGlobal("fetch", server.handler);
  });
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ["M79.99", "Y90.4"],
    ["Z99.999", "P05.03"],
    ["abc", "E83.824"],
  ])(
    "Enter on %s adds nothing (not %s), says there is no such code, and offers the nearest as options",
    async (typed, offered) => {
      const user = userEvent.setup();
      const changes: string[][] = [];
      renderPicker({ onChangeSpy: (c) => changes.push(c) });
      const input = screen.getByRole<HTMLInputElement>("combobox");
      await user.type(input, typed);
      const option = await screen.findByRole("option", { name: new RegExp(offered) });
      await user.keyboard("{Enter}");
      expect(changes).toEqual([]);
      expect(input.value).toBe(typed);
      const alert = screen.getByRole("alert");
      expect(alert.textContent).toContain(`There is no ICD-10-CM code “${typed}”`);
      expect(alert.textContent).toContain("nearest codes are listed");
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(input.getAttribute("aria-describedby")).toBe(alert.id);
      // Offered, not picked: the option is there to move to, and moving to it adds it.
      expect(option.getAttribute("aria-selected")).toBe("false");
      await user.keyboard("{ArrowDown}{Enter}");
      expect(changes).toEqual([[offered]]);
      expect(input.getAttribute("aria-invalid")).toBeNull();
    },
  );

  it("XYZ.99 has no match at all: the box says so and nothing is added", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "XYZ.99");
    await screen.findByText("No matching codes.");
    await user.keyboard("{Enter}");
    expect(changes).toEqual([]);
    expect(screen.getByRole("alert").textContent).toContain("nothing close to it");
  });

  it("a code-shaped text that finds nothing (M79.19) is offered its category's real codes, not given one", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "M79.19");
    await screen.findByText("No code matches “M79.19”: codes in M79 are listed.");
    expect(screen.getByRole("option", { name: /M79\.18/ }).getAttribute("aria-selected")).toBe(
      "false",
    );
    await user.keyboard("{Enter}");
    expect(changes).toEqual([]);
    expect(screen.getByRole("alert").textContent).toContain("The nearest codes are listed");
  });

  it("an exact code typed in full is added by Enter, with or without the dot, even before results arrive", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    // Enter at once, inside the search's debounce.
    await user.type(screen.getByRole("combobox"), "m7918{Enter}");
    await waitFor(() => expect(changes).toEqual([["M79.18"]]));
    expect(screen.getByRole("alert").textContent).toBe("");
  });

  it("a category header typed in full is not billable: Enter says to choose a code under it", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "M79.1");
    await screen.findByRole("option", { name: /M79\.18/ });
    await user.keyboard("{Enter}");
    expect(changes).toEqual([]);
    expect(screen.getByRole("alert").textContent).toContain("M79.1 is a category");
  });

  it("a code already on the list is not added twice, and the box says why", async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    renderPicker({ initial: ["M79.18"], onChangeSpy: (c) => changes.push(c) });
    await user.type(screen.getByRole("combobox"), "M79.18");
    await screen.findByRole("option", { name: /M79\.18/ });
    await user.keyboard("{Enter}");
    expect(changes).toEqual([]);
    expect(screen.getByRole("alert").textContent).toContain("already on the list");
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
