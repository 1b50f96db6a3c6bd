/**
 * Text normalisation shared by the index and the query, so both sides agree on what a "word" is.
 * Deliberately small: lower case, split on anything that is not a letter or digit, a light plural
 * stemmer, and a short stop list. No language library: the engine must run in the browser too.
 */

/** Words that carry no meaning for matching a diagnosis. "with" is here but "without" is not, so
 * "migraine with aura" prefers "Migraine with aura" over "Migraine without aura". */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "with",
  "nos",
  "nec",
]);

/**
 * Words that say "this is the catch-all code" rather than what the condition is. They still count
 * when a query types them, but a title is penalised little for having them, so "low back pain" still
 * reaches "Low back pain, unspecified" ahead of titles that add a real word. "unspecified" weighs
 * least: when a query names no side or site, the unspecified code is the natural default
 * ("TMJ pain" -> "... temporomandibular joint, unspecified side" before the right and left codes).
 */
const SOFT_WORDS: ReadonlyMap<string, number> = new Map([
  ["unspecified", 0.1],
  ["other", 0.3],
  ["specified", 0.3],
  ["site", 0.3],
  ["side", 0.3],
  ["type", 0.3],
  ["encounter", 0.3],
  ["initial", 0.3],
  // "not elsewhere classified" is NEC spelled out (NEC itself is a stop word).
  ["elsewhere", 0.1],
  ["classified", 0.1],
  // "Essential" in a title means primary, of no known cause: the form a condition named without
  // qualifier defaults to ("hypertension" -> I10 "Essential (primary) hypertension").
  ["essential", 0.3],
]);

/** Weight of a title word printed in parentheses or brackets: by the ICD-10-CM conventions these
 * are supplementary words ("Essential (primary) hypertension", "[common cold]") that may be present
 * or absent without changing the code, so a query need not type them. */
export const SUPPLEMENTARY_WEIGHT = 0.3;

/** The words of a title inside (...) or [...], as `tokenize` gives them. */
export function supplementaryWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const m of title.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    for (const w of tokenize(m[1] ?? "")) out.add(w);
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export function wordWeight(word: string): number {
  return SOFT_WORDS.get(word) ?? 1;
}

/** A light stemmer: plural forms only ("spasms" -> "spasm", "injuries" -> "injury"). Latin endings
 * that look plural ("-is", "-us", "-ss", "-os") are left alone ("pelvis", "fasciitis", "hallux"). */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (
    word.length > 3 &&
    word.endsWith("s") &&
    !word.endsWith("ss") &&
    !word.endsWith("us") &&
    !word.endsWith("is") &&
    !word.endsWith("os")
  ) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * Lower-cases, drops the Index's plural marker "(s)" and apostrophes ("Tietze's" -> "tietzes"), and
 * turns every other non-alphanumeric character into a space.
 */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)/g, "")
    .replace(/['\u2019]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The words of a text, stemmed, without stop words, in order (duplicates kept). Same result as
 * splitting `simplify(text)`, written as one pass over the characters because it runs over every
 * title of the code set at build time.
 */
export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let word = "";
  const flush = (end: number): void => {
    if (start >= 0) word += lower.slice(start, end);
    start = -1;
    if (word !== "" && !isStopWord(word)) out.push(stem(word));
    word = "";
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum) {
      if (start < 0) start = i;
      continue;
    }
    // "(s)" (the Index's plural marker) and apostrophes are dropped, not word breaks.
    if (c === 40 && lower.charCodeAt(i + 1) === 115 && lower.charCodeAt(i + 2) === 41) {
      if (start >= 0) word += lower.slice(start, i);
      start = -1;
      i += 2;
      continue;
    }
    if (c === 39 || c === 0x2019) {
      if (start >= 0) word += lower.slice(start, i);
      start = -1;
      continue;
    }
    flush(i);
  }
  flush(lower.length);
  return out;
}

/** Code as typed ("m79.18", "M7918", "S13.4XXA", "M54.4-") -> dotless upper case, or undefined if
 * it does not look like an ICD-10-CM code. */
export function codeKey(query: string): string | undefined {
  const compact = query.replace(/\s+/g, "").replace(/-+$/, "").toUpperCase();
  // The dot may only follow the category, as on a claim ("M79.18"); a space may stand for it.
  // Categories are a letter, a digit and a letter or digit ("M79", "M1A"), except QA0 and QA1.
  const match = /^([A-Z](?:[0-9][0-9A-Z]|A[0-9]))\.?([0-9A-Z]{0,4})$/.exec(compact);
  return match ? `${match[1] ?? ""}${match[2] ?? ""}` : undefined;
}

export function dotless(code: string): string {
  return code.replace(".", "").toUpperCase();
}
