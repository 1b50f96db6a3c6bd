import { describe, expect, it } from "vitest";
import { parseIcd10cmTsv } from "./icd10cm.js";
import { parsePtpTsv } from "./ncci.js";
import { loadCodeSets } from "@tpi/codesets";

const meta = { id: "FYTEST", effectiveFrom: "2026-10-01", effectiveTo: "2027-09-30" };
const ICD = [
  "code\tbillable\tshort_title\tlong_title",
  "M79.1\t0\tMyalgia\tMyalgia",
  "M79.18\t1\tMyalgia, other site\tMyalgia, other site",
  "M79.7\t1\tFibromyalgia\tFibromyalgia",
  "",
].join("\n");

const PTP_HEADER =
  "column1\tcolumn2\teffective_date\tdeletion_date\tmodifier_indicator\trationale\trationale_source\tboth_in_code_list";

describe("ICD-10-CM order file", () => {
  it("checks the header at once, before any row is read", () => {
    expect(() => parseIcd10cmTsv("code\tvalid\tshort\tlong\nM79.18\t1\tx\tx\n", meta)).toThrow(
      /column 2 should be "billable"/,
    );
  });

  it("reads its rows on first use: codes, headers and billable children", () => {
    const set = parseIcd10cmTsv(ICD, meta);
    expect(set.id).toBe("FYTEST");
    expect(set.get("m7918")?.billable).toBe(true);
    expect(set.get("M79.1")?.billable).toBe(false);
    expect(set.billableChildren("M79.1").map((e) => e.code)).toEqual(["M79.18"]);
    expect(set.entries.map((e) => e.code)).toEqual(["M79.1", "M79.18", "M79.7"]);
  });
});

describe("NCCI PTP file", () => {
  const text = [
    PTP_HEADER,
    "20553\t20552\t\t\t0\tMisuse\tcms\t1",
    "20552\t64405\t\t\t1\tStandards\tcms\t0",
    "20552\t99213\t\t\t1\tCPT Manual\tcms\t1\r",
    "",
  ].join("\n");

  it("keeps every row without bothInCodeListOnly", () => {
    expect(parsePtpTsv(text, "t").find("64405", "20552")?.modifierIndicator).toBe(1);
  });

  it("keeps exactly the rows with both codes in the list with bothInCodeListOnly (CRLF too)", () => {
    const ptp = parsePtpTsv(text, "t", { bothInCodeListOnly: true });
    expect(ptp.find("20552", "20553")?.column1).toBe("20553");
    expect(ptp.find("99213", "20552")?.rationale).toBe("CPT Manual");
    expect(ptp.find("20552", "64405")).toBeUndefined();
  });

  it("still checks the header with bothInCodeListOnly", () => {
    expect(() =>
      parsePtpTsv(text.replace("column1", "col1"), "t", { bothInCodeListOnly: true }),
    ).toThrow(/column 1/);
  });
});

describe("Excludes1 notes (the FY2027 file): a note applies to every code under its place", () => {
  const table = loadCodeSets().excludes1!;
  it.each([
    ["at the code's category (M79.1 over M79.18)", "M79.18", "M79.7", "M79.1"],
    ["at the category (M62 over M62.830)", "M62.830", "M79.18", "M62"],
    [
      "at the block (Block M60-M63 over M62.830), a range item (M33.-)",
      "M62.830",
      "M33.20",
      "Block M60-M63",
    ],
    ["at the chapter (Chapter 4 over E11.9), a range of categories", "E11.9", "P72.1", "Chapter 4"],
  ])("%s", (_name, code, other, place) => {
    expect(table.excludedBy(code, other)?.place).toBe(place);
  });

  it.each([
    ["two codes no note separates", "M79.18", "M54.2"],
    ["the note is read from the code that carries it, not the other way", "M79.7", "M79.18"],
    ["a block note does not reach a category outside the block", "M65.9", "M33.20"],
  ])("none for %s", (_name, code, other) => {
    expect(table.excludedBy(code, other)).toBeUndefined();
  });
});
