/**
 * The official code sets the engine reads, as plain in-memory structures. They are parsed from the
 * TSV files kept (gzipped, with provenance) in packages/codesets/data; the engine never reads files
 * itself, so the same structures can be built in Node (from disk) and in the browser (from the API).
 */

export interface IcdEntry {
  /** With the dot, as on a claim: "M79.18". */
  readonly code: string;
  readonly billable: boolean;
  readonly shortTitle: string;
  readonly longTitle: string;
}

export interface IcdCodeSet {
  /** "FY2027" */
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly entries: readonly IcdEntry[];
  get(code: string): IcdEntry | undefined;
  /** Billable codes below a header, in tabular order. */
  billableChildren(code: string): readonly IcdEntry[];
}

export type IcdTermKind = "index" | "inclusion" | "excludes1" | "excludes2";

export interface IcdTerm {
  /** As the Index gives it: may end in "-" or lack its 7th character ("S13.4"). */
  readonly code: string;
  readonly term: string;
  readonly kind: IcdTermKind;
}

export interface HcpcsEntry {
  readonly code: string;
  readonly kind: "code" | "modifier";
  readonly shortDescription: string;
  readonly longDescription: string;
}

export interface HcpcsCodeSet {
  readonly id: string;
  get(code: string): HcpcsEntry | undefined;
}

export interface PtpEdit {
  /** The column-1 (comprehensive) code: it is paid, the column-2 code is denied unless a modifier is allowed. */
  readonly column1: string;
  readonly column2: string;
  /** 0 = never together; 1 = allowed with a distinct-service modifier when documentation supports it. */
  readonly modifierIndicator: 0 | 1;
  readonly rationale: string;
}

export interface PtpTable {
  readonly id: string;
  /** The edit between two codes, in whichever column order CMS lists it. */
  find(a: string, b: string): PtpEdit | undefined;
}

export interface MueEntry {
  readonly code: string;
  readonly value: number;
  /** 1 line edit, 2 date-of-service policy edit, 3 date-of-service clinical edit. */
  readonly mai: 1 | 2 | 3;
  readonly rationale: string;
}

export interface MueTable {
  readonly id: string;
  get(code: string): MueEntry | undefined;
}

/** An Excludes1 note as printed in the Tabular: where, and its text. */
export interface Excludes1Note {
  /** "M79.1", "M62", "Block M60-M63", "Chapter 4". */
  readonly place: string;
  readonly note: string;
}

export interface Excludes1Table {
  readonly id: string;
  /**
   * The Excludes1 note printed at `code` or above it (category, block, chapter) that names `other`,
   * or undefined. Notes are not copied down in the file: this reads every level.
   */
  excludedBy(code: string, other: string): Excludes1Note | undefined;
}

export interface CodeSets {
  /** One set per fiscal year loaded; the engine picks the one covering the date of service. */
  readonly icd10cm: readonly IcdCodeSet[];
  readonly hcpcs: HcpcsCodeSet;
  readonly ptp: PtpTable;
  readonly mue: MueTable;
  /** FY2027 Excludes1 notes; optional so a caller without the file still codes (and is not checked). */
  readonly excludes1?: Excludes1Table;
}
