import type { MueEntry, MueTable, PtpEdit, PtpTable } from "./types.js";
import { parseTsv } from "./tsv.js";

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface PtpParseOptions {
  /** Keep only rows where both codes are in the file's code list (the ones a TPI claim can hold). */
  readonly bothInCodeListOnly?: boolean;
}

/** Parses the NCCI practitioner PTP subset. */
export function parsePtpTsv(text: string, id: string, options: PtpParseOptions = {}): PtpTable {
  const pairs = new Map<string, PtpEdit>();
  // With bothInCodeListOnly, ~300 of ~100,000 rows are kept: lines whose last field is not "1" are
  // dropped before they are split (the header line stays, to be checked).
  const kept = options.bothInCodeListOnly
    ? text
        .split(/\r?\n/)
        .filter((line, i) => i === 0 || line.endsWith("\t1"))
        .join("\n")
    : text;
  const rows = parseTsv(
    kept,
    [
      "column1",
      "column2",
      "effective_date",
      "deletion_date",
      "modifier_indicator",
      "rationale",
      "rationale_source",
      "both_in_code_list",
    ],
    "NCCI PTP",
  );
  for (const [
    column1 = "",
    column2 = "",
    ,
    ,
    indicator = "",
    rationale = "",
    ,
    both = "",
  ] of rows) {
    if (options.bothInCodeListOnly && both !== "1") continue;
    if (indicator !== "0" && indicator !== "1") {
      throw new Error(`NCCI PTP: indicator "${indicator}" for ${column1}/${column2}`);
    }
    pairs.set(pairKey(column1, column2), {
      column1,
      column2,
      modifierIndicator: indicator === "1" ? 1 : 0,
      rationale,
    });
  }
  return { id, find: (a, b) => pairs.get(pairKey(a, b)) };
}

/** Parses the practitioner MUE subset. */
export function parseMueTsv(text: string, id: string): MueTable {
  const byCode = new Map<string, MueEntry>();
  for (const [code = "", value = "", mai = "", rationale = ""] of parseTsv(
    text,
    ["code", "mue_value", "mai", "rationale"],
    "MUE",
  )) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`MUE: bad value "${value}" for ${code}`);
    if (mai !== "1" && mai !== "2" && mai !== "3") {
      throw new Error(`MUE: bad MAI "${mai}" for ${code}`);
    }
    byCode.set(code, { code, value: n, mai: Number(mai) as 1 | 2 | 3, rationale });
  }
  return { id, get: (code) => byCode.get(code) };
}
