import type { IcdCodeSet, IcdEntry, IcdTerm } from "../codesets/types.js";
import { buildTrigramIndex, type TrigramIndex } from "./fuzzy.js";
import { resolveTermTargets, termWords } from "./index-terms.js";
import {
  SUPPLEMENTARY_WEIGHT,
  dotless,
  supplementaryWords,
  tokenize,
  wordWeight,
} from "./normalize.js";

/** One official Index / inclusion term, ready to score: its units as word ids and where it points. */
export interface IndexedTerm {
  readonly text: string;
  readonly kind: "index" | "inclusion";
  /** Each unit is satisfied by any of its word ids. */
  readonly units: readonly Int32Array[];
  readonly optional: Int32Array;
  /** Entry positions (in `codeSet.entries`) the term resolves to. */
  readonly targets: Int32Array;
}

/**
 * Everything the query needs, computed once per code set. Documents 0..entries-1 are the code-set
 * entries (their long titles); documents from `entryCount` on are the terms.
 */
export interface IcdSearchData {
  readonly codeSet: IcdCodeSet;
  readonly entries: readonly IcdEntry[];
  readonly entryCount: number;
  /** 1 where the entry is billable. */
  readonly billable: Uint8Array;
  /** Word id -> word. */
  readonly words: readonly string[];
  readonly wordIds: ReadonlyMap<string, number>;
  /** Word ids sorted by their word, for prefix ranges. */
  readonly sortedWordIds: Int32Array;
  /** Number of titles that contain the word (for rarity and tie-breaks). */
  readonly titleFrequency: Int32Array;
  readonly wordWeight: Float32Array;
  /** CSR postings: documents containing word w are postings[offsets[w] .. offsets[w+1]). */
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  /** Forward index: the word ids of title d are forward[forwardOffsets[d] .. forwardOffsets[d+1]). */
  readonly forwardOffsets: Int32Array;
  readonly forward: Int32Array;
  /** Sum of word weights of each title (the denominator of title coverage). */
  readonly titleWeight: Float32Array;
  readonly terms: readonly IndexedTerm[];
  /** Dotless codes sorted, with their entry positions, for code and code-prefix lookups. */
  readonly sortedCodes: readonly string[];
  readonly sortedCodeEntry: Int32Array;
  readonly trigrams: TrigramIndex;
}

export interface IcdSearchStats {
  readonly codeSet: string;
  readonly entries: number;
  readonly vocabulary: number;
  readonly postings: number;
  /** Index / inclusion terms kept, and those dropped (excludes notes, or a target not in this set). */
  readonly termsUsed: number;
  readonly termsDropped: number;
}

export function buildSearchData(codeSet: IcdCodeSet, terms: readonly IcdTerm[]): IcdSearchData {
  const entries = codeSet.entries;
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const idOf = (w: string): number => {
    let id = wordIds.get(w);
    if (id === undefined) {
      id = words.length;
      wordIds.set(w, id);
      words.push(w);
    }
    return id;
  };

  // Pass 1: the distinct words of every document, into one flat list (document d owns
  // flat[docStart[d] .. docStart[d+1])). Titles first, then terms: a stamp per word de-duplicates.
  const flat: number[] = [];
  const docStart: number[] = [0];
  const stamp: number[] = [];
  const addWord = (doc: number, id: number): boolean => {
    if (stamp[id] === doc + 1) return false;
    stamp[id] = doc + 1;
    flat.push(id);
    return true;
  };
  const titleWeight = new Float32Array(entries.length);
  for (const [i, e] of entries.entries()) {
    let weight = 0;
    const supplementary =
      e.longTitle.includes("(") || e.longTitle.includes("[")
        ? supplementaryWords(e.longTitle)
        : undefined;
    for (const w of tokenize(e.longTitle)) {
      if (!addWord(i, idOf(w))) continue;
      const own = wordWeight(w);
      weight += supplementary?.has(w) ? Math.min(own, SUPPLEMENTARY_WEIGHT) : own;
    }
    titleWeight[i] = weight;
    docStart.push(flat.length);
  }

  const keys = entries.map((e) => dotless(e.code));
  const positionOf = new Map<string, number>();
  for (const [i, key] of keys.entries()) positionOf.set(key, i);

  const indexed: IndexedTerm[] = [];
  for (const term of terms) {
    if (term.kind !== "index" && term.kind !== "inclusion") continue;
    const targets = resolveTermTargets(codeSet, term)
      .map((e) => positionOf.get(dotless(e.code)))
      .filter((p): p is number => p !== undefined);
    const { units, optional } = termWords(term.term, term.kind);
    if (targets.length === 0 || units.length === 0) continue;
    const unitIds = units.map((u) => Int32Array.from(u.map(idOf)));
    const optionalIds = Int32Array.from(optional.map(idOf));
    const doc = entries.length + indexed.length;
    for (const unit of unitIds) for (const id of unit) addWord(doc, id);
    for (const id of optionalIds) addWord(doc, id);
    docStart.push(flat.length);
    indexed.push({
      text: term.term,
      kind: term.kind,
      units: unitIds,
      optional: optionalIds,
      targets: Int32Array.from(targets),
    });
  }

  // Pass 2: postings in CSR form (two flat typed arrays: compact and quick to walk).
  const vocabulary = words.length;
  const docs = docStart.length - 1;
  const counts = new Int32Array(vocabulary + 1);
  const titleFrequency = new Int32Array(vocabulary);
  for (let doc = 0; doc < docs; doc++) {
    const end = docStart[doc + 1] ?? 0;
    for (let k = docStart[doc] ?? 0; k < end; k++) {
      const id = flat[k] ?? 0;
      counts[id + 1] = (counts[id + 1] ?? 0) + 1;
      if (doc < entries.length) titleFrequency[id] = (titleFrequency[id] ?? 0) + 1;
    }
  }
  const offsets = new Int32Array(vocabulary + 1);
  for (let w = 0; w < vocabulary; w++) offsets[w + 1] = (offsets[w] ?? 0) + (counts[w + 1] ?? 0);
  const fill = offsets.slice(0, vocabulary);
  const postings = new Int32Array(offsets[vocabulary] ?? 0);
  for (let doc = 0; doc < docs; doc++) {
    const end = docStart[doc + 1] ?? 0;
    for (let k = docStart[doc] ?? 0; k < end; k++) {
      const id = flat[k] ?? 0;
      const at = fill[id] ?? 0;
      postings[at] = doc;
      fill[id] = at + 1;
    }
  }

  // The forward index is the titles' part of the flat list.
  const forwardOffsets = Int32Array.from(docStart.slice(0, entries.length + 1));
  const forward = Int32Array.from(flat.slice(0, docStart[entries.length] ?? 0));

  const sortedWordIds = Int32Array.from(words.keys()).sort((a, b) => {
    const x = words[a] ?? "";
    const y = words[b] ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const weights = Float32Array.from(words, (w) => wordWeight(w));

  const codeOrder = [...entries.keys()].sort((a, b) => {
    const x = keys[a] ?? "";
    const y = keys[b] ?? "";
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const sortedCodes = codeOrder.map((i) => keys[i] ?? "");

  // Warm the code set's own child lookup (it builds a sorted list on first use) now, not mid-query.
  codeSet.billableChildren("A00");

  return {
    codeSet,
    entries,
    entryCount: entries.length,
    billable: Uint8Array.from(entries, (e) => (e.billable ? 1 : 0)),
    words,
    wordIds,
    sortedWordIds,
    titleFrequency,
    wordWeight: weights,
    offsets,
    postings,
    forwardOffsets,
    forward,
    titleWeight,
    terms: indexed,
    sortedCodes,
    sortedCodeEntry: Int32Array.from(codeOrder),
    trigrams: buildTrigramIndex(words, (id) => titleFrequency[id] ?? 0),
  };
}

export function searchStats(data: IcdSearchData, termCount: number): IcdSearchStats {
  return {
    codeSet: data.codeSet.id,
    entries: data.entryCount,
    vocabulary: data.words.length,
    postings: data.postings.length,
    termsUsed: data.terms.length,
    termsDropped: termCount - data.terms.length,
  };
}
