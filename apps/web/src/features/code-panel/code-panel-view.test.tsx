import { act, fireEvent, render, screen, within, cleanup } from "@testing-library/react";
import { Profiler } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CodingResultSchema, type CodingResult } from "@tpi/schemas";
import { claimLinePropsEqual, factLabel } from "./claim-line-item";
import { CodePanelView } from "./code-panel-view";
import { summaryText } from "./summarize";

// Unmount between tests whatever the runner's globals setting (RTL only auto-cleans with globals).
afterEach(cleanup);

const cite = {
  source: "MUE",
  title: "NCCI MUE practitioner table",
  locator: "20552",
  url: "https://www.cms.gov/mue",
};

/** A hand-built result in the engine's shape (parsed, so it cannot drift from the schema). */
function result(overrides: Partial<CodingResult> = {}): CodingResult {
  return CodingResultSchema.parse({
    engineVersion: "test",
    codeSets: { icd10cm: "FY2027", hcpcs: "HCPCS 2026", ncciPtp: null, mue: "MUE 2026Q2" },
    payerProfile: { id: "medicare", name: "Medicare (example)", version: 1 },
    claimLines: [
      {
        code: "20552",
        kind: "cpt",
        description: "Trigger point injection, one or two muscles",
        modifiers: [],
        units: 1,
        diagnosisPointers: [1, 2],
        rationale:
          "Two distinct muscles were injected: right upper trapezius and left levator scapulae.",
        rules: [{ id: "CPT-TPI-01", version: 1 }],
        evidence: [{ fact: "distinctInjectedMuscles", path: "procedure.muscles", value: 2 }],
        citations: [cite],
        drug: null,
      },
      {
        code: "J2001",
        kind: "hcpcs",
        description: "Lidocaine, per 10 mg",
        modifiers: ["JZ"],
        units: 4,
        diagnosisPointers: [1],
        rationale: "40 mg lidocaine given; one unit per 10 mg.",
        rules: [{ id: "DRUG-UNITS-01", version: 2 }],
        evidence: [],
        citations: [],
        drug: {
          agentId: "lidocaine",
          dose: 40,
          doseUnit: "mg",
          billingUnitAmount: 10,
          discardedUnits: 0,
        },
      },
    ],
    diagnoses: [
      {
        code: "M79.18",
        title: "Myalgia, other site",
        billable: true,
        origin: "note",
        pointer: 1,
        billableChildren: [],
        reason: "",
      },
      {
        code: "M79.1",
        title: "Myalgia",
        billable: false,
        origin: "note",
        pointer: 2,
        billableChildren: [{ code: "M79.11", title: "Myalgia of mastication muscle" }],
        reason: "A header cannot be billed.",
      },
    ],
    findings: [
      {
        ruleId: "DOC-01",
        ruleVersion: 1,
        severity: "warning",
        message: "Pain score after the injection is missing.",
        path: "history.painScoreAfter",
        citations: [],
      },
      {
        ruleId: "DX-02",
        ruleVersion: 1,
        severity: "error",
        message: "M79.1 is a header.",
        path: "diagnoses.1",
        citations: [cite],
      },
    ],
    checklist: [
      {
        id: "consent",
        label: "Informed consent obtained",
        path: "consent.obtained",
        done: true,
        requiredBy: ["universal"],
        citations: [],
      },
      {
        id: "tolerance",
        label: "Patient tolerance",
        path: "procedure.tolerance",
        done: false,
        requiredBy: ["universal"],
        citations: [],
      },
    ],
    hints: [{ ruleId: "CPT-TPI-02", message: "A third distinct muscle would make this 20553." }],
    ...overrides,
  });
}

describe("CodePanelView", () => {
  it("shows each claim line with units, modifiers and pointer letters", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    const tpi = screen.getByTestId("claim-line-20552");
    expect(tpi.textContent).toContain("Trigger point injection, one or two muscles");
    expect(within(tpi).getByText("A B")).toBeTruthy();
    const drug = screen.getByTestId("claim-line-J2001");
    expect(drug.textContent).toContain("JZ");
    expect(within(drug).getByText("4")).toBeTruthy();
    expect(drug.textContent).toContain("Dose 40 mg");
  });

  it("explains a line: rationale, facts, rule id with version and sources", () => {
    const jumps: string[] = [];
    render(<CodePanelView result={result()} onJumpToField={(p) => jumps.push(p)} />);
    const tpi = screen.getByTestId("claim-line-20552");
    expect(within(tpi).getByText(/Two distinct muscles were injected/)).toBeTruthy();
    expect(within(tpi).getByText("CPT-TPI-01 v1")).toBeTruthy();
    const link = within(tpi).getByRole("link", { name: "NCCI MUE practitioner table" });
    expect(link.getAttribute("href")).toBe("https://www.cms.gov/mue");
    fireEvent.click(within(tpi).getByRole("button", { name: "distinct injected muscles: 2" }));
    expect(jumps).toEqual(["procedure.muscles"]);
  });

  it.each([
    { name: "an error", text: /Error\s*M79\.1 is a header/, path: "diagnoses.1" },
    { name: "a warning", text: /Warning\s*Pain score after/, path: "history.painScoreAfter" },
    {
      name: "a missing checklist item",
      text: /Missing:\s*Patient tolerance/,
      path: "procedure.tolerance",
    },
  ])("jumps to the field of $name", ({ text, path }) => {
    const jumps: string[] = [];
    render(<CodePanelView result={result()} onJumpToField={(p) => jumps.push(p)} />);
    fireEvent.click(screen.getByRole("button", { name: text }));
    expect(jumps).toEqual([path]);
  });

  it("a finding about the whole note is text, not a button that goes nowhere", () => {
    const whole = result({
      findings: [
        {
          ruleId: "PAY-01",
          ruleVersion: 1,
          severity: "warning",
          message: "Payer profile unknown.",
          path: "",
          citations: [],
        },
      ],
    });
    render(<CodePanelView result={whole} onJumpToField={() => {}} />);
    expect(screen.getByText("Payer profile unknown.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Payer profile unknown/ })).toBeNull();
  });

  it("lists errors before warnings, with the severity in words", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    const texts = screen
      .getAllByRole("button", { name: /^(Error|Warning)/ })
      .map((b) => b.textContent);
    expect(texts[0]).toMatch(/Error\s*M79\.1/);
    expect(texts[1]).toMatch(/Warning\s*Pain score/);
  });

  it("shows diagnoses with pointer letters and header status with the billable codes beneath", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    expect(screen.getByText("Billable")).toBeTruthy();
    expect(screen.getByText(/Header, not billable/)).toBeTruthy();
    const children = screen.getByRole("list", { name: "Billable codes under M79.1" });
    expect(children.textContent).toContain("M79.11");
  });

  it.each([
    {
      name: "lines, errors, warnings, missing",
      r: result(),
      text: "20552 · J2001-JZ×4 · 1 error · 1 warning · 1 missing",
    },
    {
      name: "nothing yet",
      r: result({ claimLines: [], findings: [], checklist: [] }),
      text: "No claim lines yet",
    },
  ])("summarises: $name", ({ r, text }) => {
    expect(summaryText(r)).toBe(text);
    render(<CodePanelView result={r} onJumpToField={() => {}} />);
    expect(screen.getByTestId("code-panel-summary").textContent).toBe(text);
  });

  it("the summary bar collapses and expands the details", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} defaultCollapsed />);
    const bar = screen.getByTestId("code-panel-summary");
    expect(bar.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(bar);
    expect(bar.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("heading", { name: "Claim lines" })).toBeTruthy();
  });

  it("puts missing items first and folds the documented ones away", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    expect(screen.getByText("1 of 2 documented, 1 missing")).toBeTruthy();
    const folded = screen.getByText("1 documented").closest("details");
    expect(folded?.hasAttribute("open")).toBe(false);
    expect(folded?.textContent).toContain("Informed consent obtained");
  });

  it("shows the would-change-if hints", () => {
    render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    expect(screen.getByText("A third distinct muscle would make this 20553.")).toBeTruthy();
  });
});

describe("CodePanelView announcements", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("announces changed claim lines once they settle, not on every result", () => {
    const { rerender } = render(<CodePanelView result={result()} onJumpToField={() => {}} />);
    const live = screen.getByRole("status");
    act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(live.textContent).toBe("");
    const oneLine = result({ claimLines: result().claimLines.slice(0, 1) });
    rerender(<CodePanelView result={oneLine} onJumpToField={() => {}} />);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    rerender(<CodePanelView result={result()} onJumpToField={() => {}} />);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    rerender(<CodePanelView result={oneLine} onJumpToField={() => {}} />);
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(live.textContent).toBe("");
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live.textContent).toBe("Claim lines: 20552, 1 unit.");
  });
});

describe("CodePanelView rendering cost", () => {
  const base = result().claimLines[0]!;
  it.each([
    { name: "a fresh but equal line", other: structuredClone(base), equal: true },
    { name: "a changed unit count", other: { ...structuredClone(base), units: 2 }, equal: false },
    {
      name: "a changed pointer",
      other: { ...structuredClone(base), diagnosisPointers: [1] },
      equal: false,
    },
    {
      name: "a changed rationale fact",
      other: {
        ...structuredClone(base),
        evidence: [{ fact: "distinctInjectedMuscles", path: "procedure.muscles", value: 3 }],
      },
      equal: false,
    },
  ])("a claim line re-renders only when its content changes: $name", ({ other, equal }) => {
    const jump = () => {};
    expect(
      claimLinePropsEqual(
        { line: base, testId: "t", onJumpToField: jump },
        { line: other, testId: "t", onJumpToField: jump },
      ),
    ).toBe(equal);
  });

  // Speed is the UI bench's to measure (it prints figures); a timed assertion here failed whenever the
  // machine was busy. What a test can pin: each new result is one commit, not a cascade of them.
  it("renders each new ten-muscle result in one commit", () => {
    const tenLines = result({
      claimLines: Array.from({ length: 10 }, (_, i) => ({
        ...result().claimLines[0]!,
        code: `2055${i}`,
      })),
    });
    const durations: number[] = [];
    const renderInto = (r: CodingResult) => (
      <Profiler id="cp" onRender={(_id, _phase, actual) => durations.push(actual)}>
        <CodePanelView result={r} onJumpToField={() => {}} />
      </Profiler>
    );
    const { rerender } = render(renderInto(tenLines));
    for (let i = 0; i < 20; i++) {
      // Each keystroke: a fresh result object in which one line changed.
      const next = structuredClone(tenLines);
      next.claimLines[i % 10]!.units = 1 + (i % 3);
      rerender(renderInto(next));
    }
    // The mount, then one commit per new result.
    expect(durations).toHaveLength(21);
  });
});

describe("factLabel", () => {
  it.each([
    { fact: "distinctInjectedMuscles", want: "distinct injected muscles" },
    { fact: "painScoreBefore", want: "pain score before" },
    { fact: "hcpcsUnits", want: "hcpcs units" },
    { fact: "dose", want: "dose" },
  ])("$fact", ({ fact, want }) => {
    expect(factLabel(fact)).toBe(want);
  });
});
