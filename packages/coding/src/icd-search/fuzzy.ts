/**
 * Typo tolerance over the vocabulary: a trigram index finds candidate words cheaply, then a bounded
 * edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours) confirms
 * them. An insertion, deletion or substitution destroys at most three trigrams and a swap of two
 * neighbours four, so a word within `d` edits (at most one of them a swap) of a query word of length
 * n shares at least n - 3d - 1 of its n padded trigrams. For four-letter words that bound is zero
 * ("pian" and "pain" share no trigram), so they are compared with every vocabulary word of a close
 * length instead (a few hundred words).
 */

/** Edits allowed for a word of this length: none below 4 letters (too many false friends). */
export function maxEditsFor(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

function trigramsOf(word: string): string[] {
  const padded = `$${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/**
 * Optimal string alignment distance, or `max + 1` as soon as it must exceed `max`
 * (the caller only cares whether a word is within `max` edits).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rolling rows; reused between calls when the words are short (they nearly always are).
  const rows = n + 1 <= SCRATCH ? scratch : [0, 1, 2].map(() => new Int32Array(n + 1));
  let prevPrev = rows[0] ?? new Int32Array(n + 1);
  let prev = rows[1] ?? new Int32Array(n + 1);
  let cur = rows[2] ?? new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const d = prev[n] ?? max + 1;
  return d > max ? max + 1 : d;
}

const SCRATCH = 64;
const scratch = [new Int32Array(SCRATCH), new Int32Array(SCRATCH), new Int32Array(SCRATCH)];

export interface FuzzyMatch {
  readonly wordId: number;
  readonly distance: number;
}

export interface TrigramIndex {
  /** Words within the allowed edits of `word`, closest first, at most `cap`. */
  lookup(word: string, cap: number): FuzzyMatch[];
}

/**
 * Indexes `words` (by position: the word id) that are long enough to be fuzzy-matched.
 * `frequency` breaks ties between equally close words (more documents first).
 */
export function buildTrigramIndex(
  words: readonly string[],
  frequency: (wordId: number) => number,
): TrigramIndex {
  const lists = new Map<string, number[]>();
  for (const [id, word] of words.entries()) {
    if (word.length < 3 || /^[0-9]/.test(word)) continue;
    for (const g of new Set(trigramsOf(word))) {
      let list = lists.get(g);
      if (!list) lists.set(g, (list = []));
      list.push(id);
    }
  }
  const postings = new Map<string, Uint32Array>();
  for (const [g, list] of lists) postings.set(g, Uint32Array.from(list));

  const byLength = new Map<number, number[]>();
  for (const [id, word] of words.entries()) {
    if (/^[0-9]/.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push(id);
    byLength.set(word.length, list);
  }

  // Scratch space reused across lookups (the index is used from one thread at a time).
  const shared = new Uint16Array(words.length);
  const touched: number[] = [];

  return {
    lookup(word, cap) {
      const max = maxEditsFor(word.length);
      if (max === 0) return [];
      const found: FuzzyMatch[] = [];
      const consider = (id: number): void => {
        const candidate = words[id];
        if (candidate === undefined || candidate === word) return;
        const distance = boundedEditDistance(word, candidate, max);
        if (distance <= max) found.push({ wordId: id, distance });
      };
      const grams = [...new Set(trigramsOf(word))];
      const needed = grams.length - 3 * max - 1;
      if (needed <= 0) {
        for (let len = word.length - max; len <= word.length + max; len++) {
          for (const id of byLength.get(len) ?? []) consider(id);
        }
      } else {
        touched.length = 0;
        for (const g of grams) {
          const list = postings.get(g);
          if (!list) continue;
          for (const id of list) {
            if (shared[id] === 0) touched.push(id);
            shared[id] = (shared[id] ?? 0) + 1;
          }
        }
        for (const id of touched) {
          const count = shared[id] ?? 0;
          shared[id] = 0;
          if (count >= needed) consider(id);
        }
      }
      found.sort(
        (a, b) =>
          a.distance - b.distance ||
          frequency(b.wordId) - frequency(a.wordId) ||
          a.wordId - b.wordId,
      );
      return found.slice(0, cap);
    },
  };
}
