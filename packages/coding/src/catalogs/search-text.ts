/**
 * Text helpers for catalog typeahead: one normalisation for the index and the query, and a bounded
 * edit distance for small typos. Pure and allocation-light, because they run on every keystroke.
 */

/** Lower case, accents and punctuation removed, runs of spaces collapsed ("Lev. Scap" -> "lev scap"). */
export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** How many typos a typed word may carry: none for short words, where one edit makes another word. */
export function typoAllowance(word: string): number {
  if (word.length < 4) return 0;
  if (word.length < 8) return 1;
  return 2;
}

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition) between a and b, or
 * max + 1 as soon as it must exceed max (so callers can skip hopeless pairs cheaply).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  const result = prev[b.length] ?? max + 1;
  return result > max ? max + 1 : result;
}

/**
 * Cost of reading `typed` as the start of `word`: 0 for a true prefix, else the smallest edit distance
 * to a prefix of `word` about as long as what was typed (the clinician may still be typing), or
 * undefined when it is beyond the word's typo allowance.
 */
export function prefixTypoCost(typed: string, word: string): number | undefined {
  if (word.startsWith(typed)) return 0;
  const max = typoAllowance(typed);
  if (max === 0) return undefined;
  let best = max + 1;
  for (let len = typed.length - max; len <= typed.length + max; len++) {
    if (len < 1 || len > word.length) continue;
    best = Math.min(best, boundedEditDistance(typed, word.slice(0, len), max));
  }
  return best <= max ? best : undefined;
}
