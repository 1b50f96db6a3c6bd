import type { Muscle, VagueSite } from "@tpi/schemas";
import { MUSCLES } from "./muscles.table.js";
import { normalizeSearchText, prefixTypoCost } from "./search-text.js";
import { VAGUE_SITES } from "./vague-sites.table.js";

/**
 * Muscle typeahead over the catalog. Ranking, best first:
 *   exact name/synonym/abbreviation ("ql", "utr", "lev scap")            1000
 *   the same with spaces ignored ("levscap", "glutmed")                  950
 *   name or synonym starts with the query ("rhomb", "upper tr")          800 - (letters left)/100
 *   every typed word starts a word of one term, any order ("scap lev")   600
 *   the same with small typos ("trapezious", "uper trap")                400 - 10 per edit
 * Ties keep catalog order (region by region, commonest first), so results are stable for a query.
 * The index is built once from the static table; a query scans ~500 short strings.
 */

interface IndexedTerm {
  readonly text: string;
  readonly compact: string;
  readonly words: readonly string[];
}

interface IndexedMuscle {
  readonly muscle: Muscle;
  readonly order: number;
  readonly terms: readonly IndexedTerm[];
}

const EXACT = 1000;
const EXACT_COMPACT = 950;
const PREFIX = 800;
const WORD_PREFIX = 600;
const TYPO = 400;
const TYPO_STEP = 10;

function indexTerm(raw: string): IndexedTerm {
  const text = normalizeSearchText(raw);
  return { text, compact: text.replace(/ /g, ""), words: text.split(" ") };
}

const INDEX: readonly IndexedMuscle[] = MUSCLES.map((muscle, order) => {
  const seen = new Set<string>();
  const terms: IndexedTerm[] = [];
  for (const raw of [muscle.name, ...muscle.synonyms]) {
    const term = indexTerm(raw);
    if (term.text === "" || seen.has(term.text)) continue;
    seen.add(term.text);
    terms.push(term);
  }
  return { muscle, order, terms };
});

const BY_ID: ReadonlyMap<string, Muscle> = new Map(MUSCLES.map((m) => [m.id, m]));

/** Total typo cost of matching each typed word to a different word of the term, or undefined. */
function wordsCost(
  typedWords: readonly string[],
  termWords: readonly string[],
): number | undefined {
  if (typedWords.length > termWords.length) return undefined;
  const used = new Array<boolean>(termWords.length).fill(false);
  let total = 0;
  for (const typed of typedWords) {
    let bestIndex = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    termWords.forEach((word, i) => {
      if (used[i]) return;
      const cost = prefixTypoCost(typed, word);
      if (cost !== undefined && cost < bestCost) {
        bestCost = cost;
        bestIndex = i;
      }
    });
    if (bestIndex < 0) return undefined;
    used[bestIndex] = true;
    total += bestCost;
  }
  return total;
}

function termScore(query: IndexedTerm, term: IndexedTerm): number {
  if (term.text === query.text) return EXACT;
  if (term.compact === query.compact) return EXACT_COMPACT;
  // Among prefix matches, the term closest in length to what was typed first ("obliq": oblique).
  if (term.text.startsWith(query.text)) {
    return PREFIX - Math.min(term.text.length - query.text.length, 99) / 100;
  }
  const cost = wordsCost(query.words, term.words);
  if (cost === undefined) return 0;
  return cost === 0 ? WORD_PREFIX : TYPO - TYPO_STEP * cost;
}

/** Ranked muscle suggestions for what the clinician has typed so far; [] for an empty query. */
export function searchMuscles(query: string, limit = 8): Muscle[] {
  const q = indexTerm(query);
  if (q.text === "" || limit <= 0) return [];
  const hits: { muscle: Muscle; score: number; order: number }[] = [];
  for (const entry of INDEX) {
    let score = 0;
    for (const term of entry.terms) {
      score = Math.max(score, termScore(q, term));
      if (score === EXACT) break;
    }
    if (score > 0) hits.push({ muscle: entry.muscle, score, order: entry.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, limit).map((h) => h.muscle);
}

/**
 * The one muscle whose name, synonym or abbreviation is exactly what was typed ("utr", "QL", "levscap"),
 * or undefined: for a partial word ("infra") and for a group word several muscles share ("trap",
 * "rhomboids"), where the clinician must name one. A combobox adds this muscle on Enter, and nothing
 * else unless the user moved to it.
 */
export function exactMuscleMatch(query: string): Muscle | undefined {
  const q = indexTerm(query);
  if (q.text === "") return undefined;
  const exact = INDEX.filter((entry) =>
    entry.terms.some((t) => t.text === q.text || t.compact === q.compact),
  );
  return exact.length === 1 ? exact[0]?.muscle : undefined;
}

/** The catalog muscle with this id, or undefined (ids in saved notes may predate a catalog change). */
export function muscleById(id: string): Muscle | undefined {
  return BY_ID.get(id);
}

const VAGUE_BY_TERM: ReadonlyMap<string, VagueSite> = new Map(
  VAGUE_SITES.map((s) => [normalizeSearchText(s.term), s]),
);

// Words around a site name that do not make it a muscle: side, "muscle(s)", "area".
const FILLER_WORDS = new Set([
  "left",
  "right",
  "l",
  "r",
  "lt",
  "rt",
  "bilateral",
  "bilat",
  "both",
  "b",
  "muscle",
  "muscles",
  "area",
  "region",
  "the",
]);

/**
 * The vague site that this text amounts to ("R shoulder", "low back muscles"), or undefined when it names
 * a muscle or is not a known site. Exact after dropping side and filler words; a plural "s" is tolerated.
 */
export function matchVagueSite(text: string): VagueSite | undefined {
  const words = normalizeSearchText(text)
    .split(" ")
    .filter((w) => w !== "" && !FILLER_WORDS.has(w));
  if (words.length === 0) return undefined;
  const key = words.join(" ");
  return (
    VAGUE_BY_TERM.get(key) ?? (key.endsWith("s") ? VAGUE_BY_TERM.get(key.slice(0, -1)) : undefined)
  );
}
