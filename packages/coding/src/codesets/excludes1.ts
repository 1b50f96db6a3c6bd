import type { Excludes1Note, Excludes1Table } from "./types.js";
import { parseTsv } from "./tsv.js";

/**
 * The Tabular chapters that carry Excludes1 notes in FY2027, with the code range each chapter heading
 * prints (ICD-10-CM Tabular List: Chapter 4 "Endocrine, nutritional and metabolic diseases (E00-E89)",
 * Chapter 15 "Pregnancy, childbirth and the puerperium (O00-O9A)"). The data file names chapters by
 * number only; a chapter not listed here is reported by the loader test, never silently skipped.
 */
export const CHAPTER_RANGES: Readonly<Record<string, readonly [string, string]>> = {
  "Chapter 4": ["E00", "E89"],
  "Chapter 15": ["O00", "O9A"],
};

/** One excluded item of a note: a code with everything under it, or an inclusive range of them. */
interface Excluded {
  readonly from: string;
  readonly to: string;
}

interface ParsedNote extends Excludes1Note {
  readonly items: readonly Excluded[];
}

/** "M60.-" -> "M60"; "M79.1-" -> "M79.1"; "A04.7-" -> "A04.7": the code the dash stands under. */
const stem = (s: string) => s.trim().replace(/[.-]+$/, "");

/** Parses one printed item ("M79.7", "A05.-", "A04.0-A04.4", "T61-T62", "I69.81-I69.91-"). */
function parseItem(raw: string): Excluded | undefined {
  const m = /^([A-Z][0-9A-Z.]*?-?)-([A-Z][0-9A-Z.]*-?)$/.exec(raw.trim());
  if (m) return { from: stem(m[1]!), to: stem(m[2]!) };
  const code = stem(raw);
  return /^[A-Z][0-9A-Z]{2}/.test(code) ? { from: code, to: code } : undefined;
}

/** The first of the notes that names `code`, as the result gives it. */
function noteNaming(
  notes: readonly ParsedNote[] | undefined,
  code: string,
): Excludes1Note | undefined {
  if (!notes) return undefined;
  for (const n of notes) {
    for (const item of n.items) if (covers(item, code)) return { place: n.place, note: n.note };
  }
  return undefined;
}

/** Whether a code is the item or under it (a range includes everything under its last code). */
function covers(item: Excluded, code: string): boolean {
  return code >= item.from && (code <= item.to || code.startsWith(item.to));
}

/** The places a code's notes can be printed: the code, every category above it (M62.830 -> M62.83, M62.8, M62). */
function codeAncestors(code: string): string[] {
  const out = [code];
  let c = code;
  while (c.length > 3) {
    c = c.slice(0, -1).replace(/\.$/, "");
    out.push(c);
  }
  return out;
}

const inRange = (category: string, range: readonly [string, string]) =>
  category >= range[0] && category <= range[1];

/**
 * Whether a note printed at `place` (a code or category, "Block M60-M63", "Chapter 4") applies to
 * `code`: the same reading excludedBy does, so a slice of the file for some codes holds every note
 * excludedBy would read for them.
 */
export function excludes1PlaceCovers(place: string, code: string): boolean {
  const c = code.toUpperCase();
  const block = /^Block ([A-Z0-9]{3})-([A-Z0-9]{3})$/.exec(place);
  if (block) return inRange(c.slice(0, 3), [block[1]!, block[2]!]);
  const chapter = CHAPTER_RANGES[place];
  if (chapter) return inRange(c.slice(0, 3), chapter);
  return codeAncestors(c).includes(place);
}

/** Parses icd10cm-excludes1-2027.tsv (code, note, excluded); notes without a code to read are kept out. */
export function parseExcludes1Tsv(text: string, id: string): Excludes1Table {
  const byCode = new Map<string, ParsedNote[]>();
  const ranged: { range: readonly [string, string]; note: ParsedNote }[] = [];
  for (const [place = "", note = "", excluded = ""] of parseTsv(
    text,
    ["code", "note", "excluded"],
    "ICD-10-CM Excludes1",
  )) {
    const items = excluded
      .split(";")
      .map(parseItem)
      .filter((x): x is Excluded => x !== undefined);
    if (items.length === 0) continue;
    const parsed: ParsedNote = { place, note, items };
    const block = /^Block ([A-Z0-9]{3})-([A-Z0-9]{3})$/.exec(place);
    if (block) {
      ranged.push({ range: [block[1]!, block[2]!], note: parsed });
    } else if (place.startsWith("Chapter ")) {
      const range = CHAPTER_RANGES[place];
      if (!range) throw new Error(`ICD-10-CM Excludes1: no code range known for ${place}`);
      ranged.push({ range, note: parsed });
    } else {
      const list = byCode.get(place);
      if (list) list.push(parsed);
      else byCode.set(place, [parsed]);
    }
  }

  // The block and chapter notes over each category, found once per category (there are ~1,900).
  const byCategory = new Map<string, ParsedNote[]>();
  const blockAndChapterNotes = (category: string) => {
    let notes = byCategory.get(category);
    if (!notes) {
      notes = ranged.filter((r) => inRange(category, r.range)).map((r) => r.note);
      byCategory.set(category, notes);
    }
    return notes;
  };

  return {
    id,
    excludedBy(code: string, other: string): Excludes1Note | undefined {
      const c = code.toUpperCase();
      const o = other.toUpperCase();
      for (const place of codeAncestors(c)) {
        const hit = noteNaming(byCode.get(place), o);
        if (hit) return hit;
      }
      return noteNaming(blockAndChapterNotes(c.slice(0, 3)), o);
    },
  };
}
