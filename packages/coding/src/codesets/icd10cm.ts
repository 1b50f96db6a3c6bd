import type { IcdCodeSet, IcdEntry, IcdTerm, IcdTermKind } from "./types.js";
import { parseTsv } from "./tsv.js";

export interface IcdCodeSetMeta {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
}

const dotless = (code: string): string => code.replace(".", "").toUpperCase();

const ICD_HEADER = ["code", "billable", "short_title", "long_title"] as const;

/**
 * Parses an ICD-10-CM order-file TSV (code, billable, short_title, long_title). The header is checked
 * at once; the ~98,000 rows are parsed on first use, so a year no date of service asks for (FY2026 on
 * an FY2027 note) costs nothing.
 */
export function parseIcd10cmTsv(text: string, meta: IcdCodeSetMeta): IcdCodeSet {
  const eol = text.indexOf("\n");
  parseTsv(eol === -1 ? text : text.slice(0, eol), ICD_HEADER, `ICD-10-CM ${meta.id}`);
  let set: IcdCodeSet | undefined;
  const parsed = () =>
    (set ??= buildIcdCodeSet(
      parseTsv(text, ICD_HEADER, `ICD-10-CM ${meta.id}`).map(
        ([code = "", billable = "", shortTitle = "", longTitle = ""]) => ({
          code,
          billable: billable === "1",
          shortTitle,
          longTitle,
        }),
      ),
      meta,
    ));
  return {
    ...meta,
    get entries() {
      return parsed().entries;
    },
    get: (code) => parsed().get(code),
    billableChildren: (code) => parsed().billableChildren(code),
  };
}

export function buildIcdCodeSet(entries: readonly IcdEntry[], meta: IcdCodeSetMeta): IcdCodeSet {
  const byCode = new Map<string, IcdEntry>();
  for (const e of entries) byCode.set(dotless(e.code), e);
  // Children are found by prefix over the sorted dotless codes (built on first use: the form may never ask).
  let sorted: { key: string; entry: IcdEntry }[] | undefined;
  const sortedKeys = () =>
    (sorted ??= [...byCode.entries()]
      .map(([key, entry]) => ({ key, entry }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
  return {
    ...meta,
    entries,
    get: (code) => byCode.get(dotless(code)),
    billableChildren(code) {
      const prefix = dotless(code);
      const keys = sortedKeys();
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((keys[mid]?.key ?? "") < prefix) lo = mid + 1;
        else hi = mid;
      }
      const out: IcdEntry[] = [];
      for (let i = lo; i < keys.length; i++) {
        const k = keys[i];
        if (!k || !k.key.startsWith(prefix)) break;
        if (k.key !== prefix && k.entry.billable) out.push(k.entry);
      }
      return out;
    },
  };
}

/** Picks the code set whose effective range covers the date of service (ISO dates compare as strings). */
export function icdCodeSetFor(
  sets: readonly IcdCodeSet[],
  dateOfService: string,
): IcdCodeSet | undefined {
  return sets.find((s) => s.effectiveFrom <= dateOfService && dateOfService <= s.effectiveTo);
}

const TERM_KINDS: ReadonlySet<string> = new Set(["index", "inclusion", "excludes1", "excludes2"]);

/** Parses the Alphabetic Index / Tabular notes subset (code, term, kind). */
export function parseIcdTermsTsv(text: string): IcdTerm[] {
  return parseTsv(text, ["code", "term", "kind"], "ICD-10-CM terms").map(
    ([code = "", term = "", kind = ""]) => {
      if (!TERM_KINDS.has(kind)) {
        throw new Error(`ICD-10-CM terms: unknown kind "${kind}" for ${code}`);
      }
      return { code, term, kind: kind as IcdTermKind };
    },
  );
}
