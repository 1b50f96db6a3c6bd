import { excludes1PlaceCovers } from "./excludes1.js";

/**
 * Slices of the code-set TSV files, for a client that codes one note at a time (the web app). The
 * full ICD-10-CM files are about 13 MB of text each; parsing them on a tablet's main thread froze the
 * form for seconds (issue 10), while coding one note reads only a few rows. A slice keeps the file's
 * own header and row format, so the client parses it with the same parser as the whole file, and
 * `codeNote` gives the same result on the slice as on the whole file for any note whose codes were
 * asked for (test: slice.test.ts, over the case studies and generated notes).
 *
 * Each function takes the file's text (header line first) and returns a TSV text with that header.
 */

const dotless = (code: string) => code.replace(".", "").toUpperCase();

function filterRows(text: string, keep: (fields: string[]) => boolean): string {
  const lines = text.split(/\r?\n/);
  const out = [lines[0] ?? ""];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line === "") continue;
    if (keep(line.split("\t"))) out.push(line);
  }
  return `${out.join("\n")}\n`;
}

/**
 * ICD-10-CM order-file rows (code, billable, short_title, long_title) for each code asked for and
 * every code under it, so `get` and `billableChildren` answer for those codes as on the whole file.
 * Returns a slicer: the file is indexed once by category (its first three characters), so each slice
 * reads only the categories asked for (a server answers a slice in well under a millisecond).
 */
export function icd10cmSlicer(text: string): (codes: readonly string[]) => string {
  const lines = text.split(/\r?\n/);
  const header = lines[0] ?? "";
  const byCategory = new Map<string, string[]>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === undefined || line === "") continue;
    const category = line.slice(0, 3).toUpperCase();
    const list = byCategory.get(category);
    if (list) list.push(line);
    else byCategory.set(category, [line]);
  }
  return (codes) => {
    const out = [header];
    const prefixes = [...new Set(codes.map(dotless))].filter((c) => c.length >= 3);
    const seen = new Set<string>();
    for (const prefix of prefixes) {
      for (const line of byCategory.get(prefix.slice(0, 3)) ?? []) {
        const code = line.slice(0, line.indexOf("\t"));
        if (dotless(code).startsWith(prefix) && !seen.has(code)) {
          seen.add(code);
          out.push(line);
        }
      }
    }
    return `${out.join("\n")}\n`;
  };
}

/** Excludes1 rows (code, note, excluded) printed at a code, category, block or chapter that covers one of the codes. */
export function sliceExcludes1Tsv(text: string, codes: readonly string[]): string {
  const wanted = [...new Set(codes.map((c) => c.toUpperCase()))].filter((c) => c !== "");
  return filterRows(text, ([place = ""]) => wanted.some((c) => excludes1PlaceCovers(place, c)));
}

/** HCPCS Level II rows (code, kind, short_description, long_description) for the codes asked for. */
export function sliceHcpcsTsv(text: string, codes: readonly string[]): string {
  const wanted = new Set(codes.map((c) => c.toUpperCase()));
  return filterRows(text, ([code = ""]) => wanted.has(code.toUpperCase()));
}

/** NCCI PTP rows whose two codes are both in the file's code list: the only pairs a TPI claim can hold. */
export function slicePtpTsv(text: string): string {
  return filterRows(text, (fields) => fields[7] === "1");
}

/** The codes of a PTP file's code list (both_in_code_list = 1), in file order, each once. */
export function ptpCodeList(text: string): string[] {
  const codes = new Set<string>();
  filterRows(text, (fields) => {
    if (fields[7] === "1") {
      codes.add(fields[0] ?? "");
      codes.add(fields[1] ?? "");
    }
    return false;
  });
  codes.delete("");
  return [...codes];
}

/** The texts a slicer is built from: each file of CODE_SET_FILES it slices, header line first. */
export interface CodeSetTexts {
  /** In CODE_SET_FILES.icd10cm order. */
  readonly icd10cm: readonly string[];
  readonly excludes1: string;
  readonly hcpcs: string;
  readonly ptp: string;
}

export interface CodeSetSlicer {
  /** Per ICD-10-CM file (CODE_SET_FILES.icd10cm order) the rows for these codes, and the Excludes1 rows for them. */
  icd10cm(codes: readonly string[]): { icd10cm: string[]; excludes1: string };
  /** The PTP rows a TPI claim can hold (TSV). */
  readonly ptp: string;
  /** The HCPCS rows the engine reads (TSV). */
  readonly hcpcs: string;
}

/**
 * Everything a client coding one note at a time needs, cut from the whole files: the one place that
 * decides what a slice holds (the API serves it; tests use it to stand in for the API).
 * `hcpcsCodes` gives the HCPCS codes the engine reads for a PTP code list (engine/codes-read.ts).
 */
export function codeSetSlicer(
  texts: CodeSetTexts,
  hcpcsCodes: (ptpCodes: readonly string[]) => readonly string[],
): CodeSetSlicer {
  const icd = texts.icd10cm.map(icd10cmSlicer);
  const ptp = slicePtpTsv(texts.ptp);
  return {
    icd10cm: (codes) => ({
      icd10cm: icd.map((slice) => slice(codes)),
      excludes1: sliceExcludes1Tsv(texts.excludes1, codes),
    }),
    ptp,
    hcpcs: sliceHcpcsTsv(texts.hcpcs, hcpcsCodes(ptpCodeList(ptp))),
  };
}
