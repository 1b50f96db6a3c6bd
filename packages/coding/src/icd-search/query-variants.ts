import { LAY_TERMS, type LayTerm } from "./lay-terms.table.js";
import { MUSCLE_WORDS, siteWord, type MuscleSite } from "./muscle-sites.js";
import { queryWords } from "./query-words.js";

/** One way to read a query: the words to look up, and how far it is from what was typed. */
export interface QueryVariant {
  readonly words: readonly string[];
  /** Subtracted from every score this reading earns: the literal reading wins a tie. */
  readonly penalty: number;
  /** True when the words are not the ones typed (shown to the user as the interpretation). */
  readonly rewritten: boolean;
  /** The typed words themselves (shorthand expanded): the one reading whose partial matches count. */
  readonly literal: boolean;
}

/** Score points (a full title match is worth 600) a reading loses for being ours, not the user's. */
const ALTERNATIVE_PENALTY = 10;

const MAX_WORDS_FOR_READINGS = 6;

/** Words that say how or which side, not where: they do not make a muscle condition "other site". */
const NOT_A_SITE: ReadonlySet<string> = new Set([
  "right",
  "left",
  "bilateral",
  "chronic",
  "acute",
  "severe",
  "mild",
  "upper",
  "lower",
  "active",
  "latent",
  "recurrent",
]);

function applyLayTerms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const match = LAY_TERMS.filter((r: LayTerm) => r.from.every((w, k) => words[i + k] === w)).sort(
      (a, b) => b.from.length - a.from.length,
    )[0];
    if (match) {
      out.push(...match.to);
      i += match.from.length;
    } else {
      out.push(words[i] ?? "");
      i += 1;
    }
  }
  return [...new Set(out)];
}

/**
 * A muscle condition at a named muscle or site, as ICD-10-CM codes it (see muscle-sites.ts):
 * "trapezius spasm" -> "other muscle spasm", "pain in gluteal muscle" -> "myalgia, other site",
 * "jaw muscle pain" -> "myalgia of mastication muscle". Undefined when the query is not of that kind.
 */
function muscleConditionWords(words: readonly string[]): string[] | undefined {
  let namedSite: MuscleSite | undefined;
  let querySite: MuscleSite | undefined;
  let muscle = false;
  let spasm = false;
  let myalgia = false;
  let pain = false;
  let otherWords = false;
  for (const w of words) {
    const site = MUSCLE_WORDS.get(w);
    if (site !== undefined) {
      namedSite ??= site;
      muscle = true;
    } else if (w === "muscle" || w === "muscular") muscle = true;
    else if (w === "spasm" || w === "spastic") spasm = true;
    else if (w === "myalgia") myalgia = true;
    else if (w === "pain") pain = true;
    else if (siteWord(w) !== undefined) querySite ??= siteWord(w);
    else if (!NOT_A_SITE.has(w)) otherWords = true;
  }
  const site = namedSite ?? querySite ?? (otherWords ? "other" : undefined);
  if (muscle && spasm) {
    const where = site === "back" || site === "calf" ? site : site === undefined ? [] : "other";
    return ["muscle", "spasm", ...[where].flat()];
  }
  if (myalgia || (muscle && pain)) {
    if (!muscle && site === undefined) return undefined;
    const where =
      site === "mastication" || site === "neck" ? site : site === undefined ? [] : "other";
    return ["myalgia", ...[where].flat()];
  }
  return undefined;
}

/**
 * The readings of a query to search, literal first: the typed words (shorthand expanded), the same
 * with lay words in the titles' terms, adjacent words joined where the titles write them as one
 * ("post laminectomy" -> "postlaminectomy"), and a muscle condition at its ICD site class. Results
 * of all readings are merged, each code at its best.
 */
export function queryVariants(query: string, isWord: (w: string) => boolean): QueryVariant[] {
  const { words, rewritten } = queryWords(query);
  if (words.length === 0) return [];
  const out: QueryVariant[] = [];
  const seen = new Set<string>();
  const add = (ws: readonly string[], penalty: number, changed: boolean): void => {
    const key = ws.join(" ");
    if (ws.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ words: ws, penalty, rewritten: changed, literal: out.length === 0 });
  };
  add(words, 0, rewritten);
  // A longer query is a pasted sentence: the literal reading (and its partial matches) serves it,
  // and each reading of ours would cost another walk over the postings.
  if (words.length > MAX_WORDS_FOR_READINGS) return out;

  const lay = applyLayTerms(words);
  add(lay, ALTERNATIVE_PENALTY, true);
  for (const base of [words, lay]) {
    const joined = joinCompounds(base, isWord);
    if (joined) add(joined, ALTERNATIVE_PENALTY, true);
  }
  const muscleLay = muscleConditionWords(lay);
  if (muscleLay) add(muscleLay, 0, true);
  const muscleWords = muscleConditionWords(words);
  if (muscleWords) add(muscleWords, 0, true);
  return out;
}

/** Adjacent words whose concatenation is a title word ("post herpetic" -> "postherpetic"), joined;
 * undefined when there are none. Neither half may be dropped silently: only a known whole counts. */
function joinCompounds(
  words: readonly string[],
  isWord: (w: string) => boolean,
): string[] | undefined {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const a = words[i] ?? "";
    const b = words[i + 1];
    if (b !== undefined && isWord(a + b)) {
      out.push(a + b);
      changed = true;
      i += 1;
    } else {
      out.push(a);
    }
  }
  return changed ? out : undefined;
}
