import { QUERY_REWRITES, type QueryRewrite } from "./abbreviations.table.js";
import { isStopWord, simplify, stem } from "./normalize.js";

export interface QueryWords {
  /** Stemmed words to match, after rewriting shorthand, without stop words, de-duplicated. */
  readonly words: readonly string[];
  /** True when a shorthand was rewritten ("LBP" -> "low back pain"). */
  readonly rewritten: boolean;
}

/** More words than this in a search box is a pasted sentence: the rest is ignored. */
export const MAX_QUERY_WORDS = 12;

const rewritesByFirstWord = new Map<string, QueryRewrite[]>();
for (const r of QUERY_REWRITES) {
  const first = r.from[0];
  if (first === undefined) continue;
  const list = rewritesByFirstWord.get(first) ?? [];
  list.push(r);
  // Longest first, so "l spine" wins over "l".
  list.sort((a, b) => b.from.length - a.from.length);
  rewritesByFirstWord.set(first, list);
}

/** Query text -> the words to look up. Shorthand is rewritten before stop words are dropped, so
 * "H/A" (whose "a" is a stop word) is still seen. */
export function queryWords(query: string): QueryWords {
  const simple = simplify(query);
  const raw = simple === "" ? [] : simple.split(" ").map(stem);
  const out: string[] = [];
  let rewritten = false;
  for (let i = 0; i < raw.length;) {
    const here = raw[i] ?? "";
    const match = rewritesByFirstWord
      .get(here)
      ?.find((r) => r.from.every((w, k) => raw[i + k] === w));
    if (match) {
      out.push(...match.to);
      rewritten = true;
      i += match.from.length;
      continue;
    }
    out.push(here);
    i += 1;
  }
  const words = [...new Set(out.filter((w) => w !== "" && !isStopWord(w)))].slice(
    0,
    MAX_QUERY_WORDS,
  );
  return { words, rewritten };
}
