/**
 * The ranking, as one table of tiers and two scoring functions, so the order of results can be read
 * (and argued about) in one place. A higher tier always wins; inside a tier the score orders by how
 * much of the title or term the query covers, then billable before header, then where the match came
 * from. Ties keep tabular order (the caller breaks them by entry position). The functions take plain
 * numbers, not objects: they run for every candidate title (tens of thousands for "right").
 */
export const TIER = {
  /** The query is the code ("M79.18", "m7918"). */
  codeExact: 9,
  /** The query starts the code ("M79.1" -> M79.10, M79.11 ...); shorter codes first. */
  codePrefix: 8,
  /** Every query word matched, and they make up a whole Index / inclusion term. */
  termPhrase: 7,
  /** Every query word matched, and they make up the whole title. */
  titlePhrase: 6,
  /** Every query word matched inside a longer title or term. */
  allWords: 5,
  /** As termPhrase / titlePhrase, but some word only matched with a typo. */
  fuzzyPhrase: 4,
  fuzzyWords: 3,
  /** Only some query words matched. */
  someWords: 2,
  someWordsFuzzy: 1,
} as const;

export const TIER_SIZE = 1000;
const BILLABLE = 100;

/** Official Index entries are what coders look up first; inclusion notes sit under a code. */
export const SOURCE_BONUS = { title: 0, index: 60, inclusion: 40 } as const;

/**
 * The picker serves a trigger-point / pain clinic: on an otherwise equal match, a musculoskeletal
 * (M) or nervous-system (G) code goes first ("spasm" -> M62.838 before the psychogenic F45.8).
 * Small enough to change nothing but ties (it is worth ~1% of title coverage).
 */
export function domainPrior(code: string): number {
  const chapter = code.charCodeAt(0);
  return chapter === 77 || chapter === 71 ? DOMAIN_PRIOR : 0;
}
const DOMAIN_PRIOR = 6;

export function codeScore(exact: boolean, extraCodeChars: number, billable: boolean): number {
  const b = billable ? BILLABLE : 0;
  return exact
    ? TIER.codeExact * TIER_SIZE + b + 500
    : TIER.codePrefix * TIER_SIZE + b + Math.max(0, 400 - 60 * extraCodeChars);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v !== 0; v &= v - 1) n++;
  return n;
}

export function tierOf(
  full: number,
  exact: number,
  prefix: number,
  fuzzy: number,
  coverage: number,
  isTitle: boolean,
): number {
  const any = exact | prefix | fuzzy;
  if (any === 0) return 0;
  const allWords = any === full;
  const noTypos = ((exact | prefix) & full) === full;
  const phrase = allWords && coverage >= 0.999;
  if (allWords && noTypos) {
    return phrase ? (isTitle ? TIER.titlePhrase : TIER.termPhrase) : TIER.allWords;
  }
  if (allWords) return phrase ? TIER.fuzzyPhrase : TIER.fuzzyWords;
  return (exact | prefix) === any ? TIER.someWords : TIER.someWordsFuzzy;
}

/**
 * Score of a word match. `exact`, `prefix`, `fuzzy` are bit sets of query words (a word counts at its
 * best: exact, else prefix, else typo). `coverage` is the share of the title or term the query covers;
 * `queryCoverage` the rarity-weighted share of the query matched; `targetCoverage` (terms only) how
 * well the query covers the resolved code's own title, to order the codes one term resolves to.
 */
export function wordScore(
  tier: number,
  exact: number,
  prefix: number,
  distance: number,
  coverage: number,
  queryCoverage: number,
  billable: boolean,
  sourceBonus: number,
  targetCoverage: number,
): number {
  if (tier === 0) return 0;
  const onlyPrefix = prefix & ~exact;
  const fuzzyWords =
    tier === TIER.fuzzyPhrase || tier === TIER.fuzzyWords || tier === TIER.someWordsFuzzy;
  const within =
    tier <= TIER.someWords
      ? 500 * queryCoverage + 200 * coverage
      : 600 * coverage -
        25 * popcount(onlyPrefix) -
        (fuzzyWords ? 30 : 0) -
        15 * distance +
        30 * targetCoverage;
  return (
    tier * TIER_SIZE + (billable ? BILLABLE : 0) + sourceBonus + Math.max(0, Math.min(within, 830))
  );
}
