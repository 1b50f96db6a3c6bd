import type { IcdSearchHit } from "@tpi/schemas";
import type { IcdCodeSet, IcdTerm } from "../codesets/types.js";
import {
  buildSearchData,
  searchStats,
  type IcdSearchData,
  type IcdSearchStats,
} from "./build-index.js";
import { codeKey } from "./normalize.js";
import { queryVariants } from "./query-variants.js";
import {
  SOURCE_BONUS,
  TIER,
  TIER_SIZE,
  codeScore,
  domainPrior,
  tierOf,
  wordScore,
} from "./ranking.js";

export interface IcdSearchIndex {
  /** The code set searched ("FY2027"). */
  readonly codeSetId: string;
  readonly stats: IcdSearchStats;
  /** Best matches first; never more than `limit` (clamped to 0..200); [] for nothing usable. */
  search(query: string, limit?: number): IcdSearchHit[];
}

const MAX_LIMIT = 200;
/** A short prefix ("ne") can start hundreds of words: keep the most frequent ones. */
const PREFIX_CAP = 48;
/** A query word reaching more titles than this is "common" (see the postings walk). */
const COMMON_POSTINGS = 3000;
const FUZZY_CAP = 6;
/**
 * A reading of the query that had to ignore a word answers a vaguer question than the one asked
 * ("trapezius spasm" read as "spasm" alone): all its results move down together, so that its best
 * is below any reading that matched every word ("other muscle spasm"), but above partial matches.
 */
const VAGUE_READING_TOP_TIER = TIER.fuzzyPhrase;
/** A query that matches only with typos is trusted when a typo'd word is at least this long
 * ("cervicalga"); below it, one edit turns too many strings into some title word. */
const TRUSTED_TYPO_LENGTH = 7;
const MAX_QUERY_CHARS = 200;
/** In the partial tiers, title coverage (200), billable (100) and source (60) against query coverage (500). */
const PARTIAL_SLACK = 360 / 500;

/** Where an entry's best score came from. */
const SOURCE_TITLE = -1;
const SOURCE_CODE = -2;

/**
 * Builds the diagnosis search over every entry of `codeSet` plus the official Index and inclusion
 * terms. Pure and synchronous; the index keeps scratch arrays between queries, so use one index
 * from one thread at a time (as the API server and the browser both do).
 */
export function buildIcdSearchIndex(
  codeSet: IcdCodeSet,
  terms: readonly IcdTerm[],
): IcdSearchIndex {
  const data = buildSearchData(codeSet, terms);
  const run = createSearcher(data);
  return { codeSetId: codeSet.id, stats: searchStats(data, terms.length), search: run };
}

function createSearcher(data: IcdSearchData): (query: string, limit?: number) => IcdSearchHit[] {
  const E = data.entryCount;
  const V = data.words.length;
  const T = data.terms.length;
  // Per-word scratch: which query words reach this vocabulary word, and how.
  const wExact = new Uint16Array(V);
  const wPrefix = new Uint16Array(V);
  const wFuzzy = new Uint16Array(V);
  const wDistance = new Uint8Array(V);
  const touchedWords: number[] = [];
  // Per-title scratch.
  const dExact = new Uint16Array(E);
  const dPrefix = new Uint16Array(E);
  const dFuzzy = new Uint16Array(E);
  const dDistance = new Uint16Array(E);
  const dWeight = new Float32Array(E);
  const touchedTitles: number[] = [];
  const termTouched = new Uint8Array(T);
  const tExact = new Uint16Array(T);
  const tPrefix = new Uint16Array(T);
  const tFuzzy = new Uint16Array(T);
  const tDistance = new Uint16Array(T);
  const tCoverage = new Float32Array(T);
  const touchedTerms: number[] = [];
  // Per-entry best score.
  const best = new Float64Array(E);
  const bestSource = new Int32Array(E);
  const candidates: number[] = [];
  const prior = Uint8Array.from(data.entries, (e) => domainPrior(e.code));

  const offer = (entry: number, score: number, source: number): void => {
    const current = best[entry] ?? 0;
    if (current === 0) candidates.push(entry);
    if (score > current) {
      best[entry] = score;
      bestSource[entry] = source;
    }
  };

  const prefixWords = (prefix: string): number[] => {
    const sorted = data.sortedWordIds;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((data.words[sorted[mid] ?? 0] ?? "") < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    // Identifiers with digits ("abcc6", "b12") are typed whole: "abc" does not start "ABCC6".
    const digits = /[0-9]/.test(prefix);
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i] ?? 0;
      const w = data.words[id] ?? "";
      if (!w.startsWith(prefix)) break;
      if (w !== prefix && (digits || !/[0-9]/.test(w))) out.push(id);
    }
    if (out.length <= PREFIX_CAP) return out;
    return out
      .sort((a, b) => (data.titleFrequency[b] ?? 0) - (data.titleFrequency[a] ?? 0) || a - b)
      .slice(0, PREFIX_CAP);
  };

  const searchCodes = (key: string): boolean => {
    const codes = data.sortedCodes;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((codes[mid] ?? "") < key) lo = mid + 1;
      else hi = mid;
    }
    let found = false;
    for (let i = lo; i < codes.length; i++) {
      const code = codes[i] ?? "";
      if (!code.startsWith(key)) break;
      const entry = data.sortedCodeEntry[i] ?? 0;
      const billable = data.entries[entry]?.billable ?? false;
      offer(entry, codeScore(code === key, code.length - key.length, billable), SOURCE_CODE);
      found = true;
    }
    return found;
  };

  const applyToTitle = (doc: number, w: number): void => {
    const e = wExact[w] ?? 0;
    const p = wPrefix[w] ?? 0;
    const f = wFuzzy[w] ?? 0;
    if (dExact[doc] === 0 && dPrefix[doc] === 0 && dFuzzy[doc] === 0) touchedTitles.push(doc);
    dExact[doc] = (dExact[doc] ?? 0) | e;
    dPrefix[doc] = (dPrefix[doc] ?? 0) | p;
    dFuzzy[doc] = (dFuzzy[doc] ?? 0) | f;
    if (f !== 0 && e === 0 && p === 0) dDistance[doc] = (dDistance[doc] ?? 0) + (wDistance[w] ?? 0);
    dWeight[doc] = (dWeight[doc] ?? 0) + (data.wordWeight[w] ?? 1);
  };

  const walk = (w: number, from: number): void => {
    const end = data.offsets[w + 1] ?? 0;
    for (let k = from; k < end; k++) {
      const doc = data.postings[k] ?? 0;
      if (doc < E) {
        applyToTitle(doc, w);
      } else {
        const t = doc - E;
        if (termTouched[t] === 0) {
          termTouched[t] = 1;
          touchedTerms.push(t);
        }
      }
    }
  };

  const firstTermPosting = (w: number): number => {
    let lo = data.offsets[w] ?? 0;
    let hi = data.offsets[w + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((data.postings[mid] ?? 0) < E) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const postingCount = (w: number): number => (data.offsets[w + 1] ?? 0) - (data.offsets[w] ?? 0);

  /** How many words of the last reading matched nothing at all (a muscle name, "please"). */
  let unknownWords = 0;

  /** Scores the titles and terms one reading matches. `partials`: also those matching only some of
   * its words (the literal reading only: a reading of ours is useful only when it matches whole). */
  const searchWords = (
    words: readonly string[],
    limit: number,
    partials: boolean,
  ): string | null => {
    const idf: number[] = [];
    const interpreted: string[] = [];
    /** Postings each query word reaches (through all its expansions). */
    const reach: number[] = [];
    let approximated = false;
    let known = 0;
    /** Query words found as typed or as the start of a word, and whether a long word matched with a typo. */
    let solid = 0;
    let longTypo = false;
    for (const [i, word] of words.entries()) {
      const bit = 1 << i;
      const mark = (id: number): void => {
        if (wExact[id] === 0 && wPrefix[id] === 0 && wFuzzy[id] === 0) touchedWords.push(id);
      };
      const exact = data.wordIds.get(word);
      let frequency = 0;
      let reached = 0;
      if (exact !== undefined) {
        mark(exact);
        wExact[exact] = (wExact[exact] ?? 0) | bit;
        frequency = data.titleFrequency[exact] ?? 0;
        reached += postingCount(exact);
      }
      const prefixed = word.length >= 2 ? prefixWords(word) : [];
      for (const id of prefixed) {
        mark(id);
        wPrefix[id] = (wPrefix[id] ?? 0) | bit;
        reached += postingCount(id);
        if (exact === undefined) frequency = Math.max(frequency, data.titleFrequency[id] ?? 0);
      }
      if (exact !== undefined || prefixed.length > 0) solid |= bit;
      let shown = word;
      if (exact === undefined && !/^[0-9]/.test(word)) {
        const fuzzy = data.trigrams.lookup(word, FUZZY_CAP);
        for (const { wordId, distance } of fuzzy) {
          mark(wordId);
          wFuzzy[wordId] = (wFuzzy[wordId] ?? 0) | bit;
          wDistance[wordId] = distance;
          reached += postingCount(wordId);
          frequency = Math.max(frequency, data.titleFrequency[wordId] ?? 0);
        }
        const closest = fuzzy[0];
        if (closest && word.length >= TRUSTED_TYPO_LENGTH) longTypo = true;
        if (prefixed.length === 0 && closest) {
          shown = data.words[closest.wordId] ?? word;
          approximated = true;
        }
      }
      interpreted.push(shown);
      reach.push(reached);
      if (reached > 0) known |= bit;
      idf.push(reached > 0 ? Math.log(1 + E / (1 + frequency)) : 0);
    }
    // A word found nowhere (a muscle name, "please", a typo too far gone) cannot tell codes apart:
    // leave it out rather than demote every result to a partial match.
    const full = known;
    unknownWords = words.length - popcount(known);
    if (full === 0) return null;
    // Only near-misses of short words ("hello world" ~ "HELLP", "word"): nonsense, not a typo.
    if (solid === 0 && !longTypo) return null;
    // Rarity-weighted share of the query matched, per bit set of matched words (memoised: the
    // partial pass asks it for every candidate title, but there are only 2^words distinct answers).
    const idfTotal = idf.reduce((a, b) => a + b, 0);
    const coverageMemo = new Float64Array(1 << words.length).fill(-1);
    const queryCoverage = (mask: number): number => {
      const known = coverageMemo[mask] ?? -1;
      if (known >= 0) return known;
      let s = 0;
      for (let i = 0; i < idf.length; i++) if (mask & (1 << i)) s += idf[i] ?? 0;
      const value = idfTotal === 0 ? 0 : s / idfTotal;
      coverageMemo[mask] = value;
      return value;
    };

    // Walk the postings once per reached word. Words that only serve very common query words
    // ("right", "other", "unspecified") are deferred: when the rarer words already reach enough
    // titles, the common ones are checked only on those titles (through the forward index), since
    // a title matching nothing but "right" cannot outrank one matching "shoulder pain".
    let commonBits = 0;
    for (const [i, size] of reach.entries()) if (size > COMMON_POSTINGS) commonBits |= 1 << i;
    if (commonBits === full) commonBits = 0;
    const deferred: number[] = [];
    for (const w of touchedWords) {
      const bits = (wExact[w] ?? 0) | (wPrefix[w] ?? 0) | (wFuzzy[w] ?? 0);
      if (commonBits !== 0 && (bits & ~commonBits) === 0) deferred.push(w);
      else walk(w, data.offsets[w] ?? 0);
    }
    if (deferred.length > 0) {
      if (touchedTitles.length >= limit) {
        for (const doc of touchedTitles) {
          const end = data.forwardOffsets[doc + 1] ?? 0;
          for (let k = data.forwardOffsets[doc] ?? 0; k < end; k++) {
            const w = data.forward[k] ?? 0;
            if (deferred.includes(w)) applyToTitle(doc, w);
          }
        }
        // Terms sit at the end of every postings list (their document ids come after the titles).
        for (const w of deferred) walk(w, firstTermPosting(w));
      } else {
        for (const w of deferred) walk(w, data.offsets[w] ?? 0);
      }
    }

    const titleCoverage = (doc: number): number =>
      Math.min(1, (dWeight[doc] ?? 0) / Math.max(data.titleWeight[doc] ?? 1, 1e-6));

    // Matches of every query word outrank any partial match, so partial ones are scored only when
    // there are too few complete ones to fill the page ("right" alone reaches 30,000 titles).
    const scoreTitles = (partial: boolean): void => {
      const floor = partial ? partialFloor() : 0;
      for (const doc of touchedTitles) {
        const e = dExact[doc] ?? 0;
        const p = (dPrefix[doc] ?? 0) & ~e;
        const f = (dFuzzy[doc] ?? 0) & ~e & ~p;
        if ((((e | p | f) & full) === full) === partial) continue;
        if (partial && queryCoverage(e | p | f) < floor) continue;
        const coverage = titleCoverage(doc);
        const tier = tierOf(full, e, p, f, coverage, true);
        const score = wordScore(
          tier,
          e,
          p,
          dDistance[doc] ?? 0,
          coverage,
          partial ? queryCoverage(e | p | f) : 1,
          data.billable[doc] === 1,
          SOURCE_BONUS.title,
          0,
        );
        if (score > 0) offer(doc, score + (prior[doc] ?? 0), SOURCE_TITLE);
      }
    };

    /**
     * A partial title whose matched words are worth less than `floor` cannot reach the page: at
     * least `limit` titles match rarer words, and coverage and billability are worth at most
     * PARTIAL_SLACK of query coverage. Skipping them keeps "right shoulder pain" from scoring every
     * title that says "right".
     */
    const partialFloor = (): number => {
      const perMask = new Int32Array(1 << words.length);
      for (const doc of touchedTitles) {
        const m = ((dExact[doc] ?? 0) | (dPrefix[doc] ?? 0) | (dFuzzy[doc] ?? 0)) & full;
        if (m !== full) perMask[m] = (perMask[m] ?? 0) + 1;
      }
      const masks: number[] = [];
      for (const [m, count] of perMask.entries()) if (count > 0) masks.push(m);
      masks.sort((a, b) => queryCoverage(b) - queryCoverage(a));
      let seen = candidates.length;
      for (const m of masks) {
        seen += perMask[m] ?? 0;
        if (seen >= limit) return queryCoverage(m) - PARTIAL_SLACK;
      }
      return 0;
    };

    // What each reached term matches, computed once for both passes.
    for (const t of touchedTerms) {
      const term = data.terms[t];
      if (!term) continue;
      let e = 0;
      let p = 0;
      let f = 0;
      let distance = 0;
      let satisfied = 0;
      for (const unit of term.units) {
        let hit = false;
        for (const id of unit) {
          const we = wExact[id] ?? 0;
          const wp = wPrefix[id] ?? 0;
          const wf = wFuzzy[id] ?? 0;
          if ((we | wp | wf) === 0) continue;
          hit = true;
          e |= we;
          p |= wp;
          f |= wf;
          if (wf !== 0 && we === 0 && wp === 0) distance += wDistance[id] ?? 0;
        }
        if (hit) satisfied++;
      }
      for (const id of term.optional) {
        e |= wExact[id] ?? 0;
        p |= wPrefix[id] ?? 0;
        f |= wFuzzy[id] ?? 0;
      }
      tExact[t] = e;
      tPrefix[t] = p;
      tFuzzy[t] = f;
      tDistance[t] = distance;
      tCoverage[t] = satisfied / term.units.length;
    }

    const scoreTerms = (partial: boolean): void => {
      for (const t of touchedTerms) {
        const term = data.terms[t];
        if (!term) continue;
        const e = tExact[t] ?? 0;
        const p = tPrefix[t] ?? 0;
        const f = tFuzzy[t] ?? 0;
        const distance = tDistance[t] ?? 0;
        const coverage = tCoverage[t] ?? 0;
        for (const target of term.targets) {
          // The term leads to the code; the code's own title may supply the rest of the query
          // ("shoulder pain right": 'Pain(s), shoulder' -> M25.51-, and "right" from "Pain in right
          // shoulder"). Among the codes one term resolves to, the one whose title the query covers
          // best goes first ("shoulder pain" -> "Pain in unspecified shoulder").
          const te = e | (dExact[target] ?? 0);
          const tp = (p | (dPrefix[target] ?? 0)) & ~te;
          const tf = (f | (dFuzzy[target] ?? 0)) & ~te & ~tp;
          if ((((te | tp | tf) & full) === full) === partial) continue;
          const reached = te | tp | tf;
          const score = wordScore(
            tierOf(full, te, tp, tf, coverage, false),
            te,
            tp,
            distance,
            coverage,
            partial ? queryCoverage(reached) : 1,
            data.billable[target] === 1,
            SOURCE_BONUS[term.kind],
            (dWeight[target] ?? 0) > 0 ? titleCoverage(target) : 0,
          );
          if (score > 0) offer(target, score + (prior[target] ?? 0), t);
        }
      }
    };

    scoreTitles(false);
    scoreTerms(false);
    if (partials && candidates.length < limit) {
      scoreTitles(true);
      scoreTerms(true);
    }
    const changed = interpreted.join(" ");
    return approximated ? changed : null;
  };

  const reset = (): void => {
    for (const w of touchedWords) {
      wExact[w] = 0;
      wPrefix[w] = 0;
      wFuzzy[w] = 0;
      wDistance[w] = 0;
    }
    touchedWords.length = 0;
    for (const d of touchedTitles) {
      dExact[d] = 0;
      dPrefix[d] = 0;
      dFuzzy[d] = 0;
      dDistance[d] = 0;
      dWeight[d] = 0;
    }
    touchedTitles.length = 0;
    for (const t of touchedTerms) termTouched[t] = 0;
    touchedTerms.length = 0;
    for (const c of candidates) {
      best[c] = 0;
      bestSource[c] = 0;
    }
    candidates.length = 0;
  };

  const topK = (k: number): number[] => {
    const top: number[] = [];
    const better = (a: number, b: number): boolean => {
      const sa = best[a] ?? 0;
      const sb = best[b] ?? 0;
      return sa > sb || (sa === sb && a < b);
    };
    for (const c of candidates) {
      if (top.length === k && !better(c, top[k - 1] ?? 0)) continue;
      let i = Math.min(top.length, k - 1);
      top[i] = c;
      while (i > 0 && better(c, top[i - 1] ?? 0)) {
        top[i] = top[i - 1] ?? 0;
        top[i - 1] = c;
        i--;
      }
    }
    return top;
  };

  const toHit = (entry: number, interpretation: string | null): IcdSearchHit | undefined => {
    const e = data.entries[entry];
    if (!e) return undefined;
    const source = bestSource[entry] ?? SOURCE_TITLE;
    const matchedTerm =
      source === SOURCE_CODE
        ? e.code
        : source === SOURCE_TITLE
          ? interpretation
          : (data.terms[source]?.text ?? null);
    return {
      code: e.code,
      title: e.longTitle,
      billable: e.billable,
      matchedTerm,
      billableChildren: e.billable
        ? []
        : data.codeSet.billableChildren(e.code).map((c) => ({ code: c.code, title: c.longTitle })),
    };
  };

  const isWord = (w: string): boolean => data.wordIds.has(w);

  /** What one reading of the query earned: entry -> [score, source, interpretation]. */
  const merged = new Map<
    number,
    { score: number; source: number; interpretation: string | null }
  >();
  /** How far a vague reading's results move down: its best tier to VAGUE_READING_TOP_TIER. */
  const vaguenessShift = (): number => {
    let top = 0;
    for (const c of candidates) top = Math.max(top, best[c] ?? 0);
    const tier = Math.floor(top / TIER_SIZE);
    return Math.max(0, tier - VAGUE_READING_TOP_TIER) * TIER_SIZE;
  };

  const harvest = (penalty: number, interpretation: string | null): void => {
    for (const c of candidates) {
      const score = (best[c] ?? 0) - penalty;
      const known = merged.get(c);
      if (!known || score > known.score) {
        merged.set(c, { score, source: bestSource[c] ?? SOURCE_TITLE, interpretation });
      }
    }
    reset();
  };

  return (query, limit = 10) => {
    const k = Math.min(Math.floor(limit), MAX_LIMIT);
    if (typeof query !== "string" || !(k > 0)) return [];
    const text = query.slice(0, MAX_QUERY_CHARS);
    try {
      const key = codeKey(text);
      const foundCode = key !== undefined && searchCodes(key);
      // A code that is not in the code set is "no such code", not a cue to match its digits
      // against titles ("M79.99" once found "Blood alcohol level of 80-99 mg").
      if (!foundCode && looksLikeCode(text)) return [];
      const interpretationOf = new Map<number, string | null>();
      if (!foundCode) {
        for (const variant of queryVariants(text, isWord)) {
          const approximated = searchWords(variant.words, k, variant.literal);
          harvest(
            variant.penalty + (unknownWords > 0 ? vaguenessShift() : 0),
            approximated ?? (variant.rewritten ? variant.words.join(" ") : null),
          );
        }
        for (const [entry, m] of merged) {
          candidates.push(entry);
          best[entry] = m.score;
          bestSource[entry] = m.source;
          interpretationOf.set(entry, m.interpretation);
        }
        merged.clear();
      }
      const hits: IcdSearchHit[] = [];
      for (const entry of topK(k)) {
        const hit = toHit(entry, interpretationOf.get(entry) ?? null);
        if (hit) hits.push(hit);
      }
      return hits;
    } finally {
      merged.clear();
      reset();
    }
  };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

/**
 * Whether the text can only be meant as a code: one token with a letter, a digit and a dot inside
 * ("XYZ.99", "Z99.999"), or a code without its dot that is longer than a category ("M7999").
 */
function looksLikeCode(text: string): boolean {
  const t = text.trim();
  if (/\s/.test(t) || !/[0-9]/.test(t) || !/^[a-z]/i.test(t)) return false;
  if (/^[a-z0-9]+\.[a-z0-9]*-?$/i.test(t)) return true;
  return /^[a-z][0-9][0-9a-z]{3,5}$/i.test(t);
}
