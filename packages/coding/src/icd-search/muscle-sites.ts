import { MUSCLES } from "../catalogs/muscles.table.js";
import { simplify, stem } from "./normalize.js";

/**
 * A named muscle as the site of a muscle condition. ICD-10-CM has no code per muscle: spasm is coded
 * by site class (M62.830 back, M62.831 calf, M62.838 other) and so is myalgia (M79.11 mastication
 * muscle, M79.12 auxiliary muscles of head and neck, M79.18 other site). So "trapezius spasm" means
 * "other muscle spasm" and "masseter pain" "myalgia of mastication muscle". The muscles are the
 * catalog's (packages/coding/src/catalogs/muscles.table.ts); their site class follows from its
 * region and view, with the few exceptions listed here.
 */
export type MuscleSite = "back" | "calf" | "mastication" | "neck" | "other";

/** The muscles of mastication (the jaw muscles): M79.11. */
const MASTICATION_IDS: ReadonlySet<string> = new Set([
  "temporalis",
  "masseter",
  "medial-pterygoid",
  "lateral-pterygoid",
]);
/** The calf: M62.831 "Muscle spasm of calf". */
const CALF_IDS: ReadonlySet<string> = new Set(["gastrocnemius", "soleus"]);

/** Muscle names clinicians write that the catalog (which lists what is injected) does not have. */
const EXTRA_MUSCLE_WORDS: ReadonlyMap<string, MuscleSite> = new Map([
  ["erector", "back"],
  ["spinae", "back"],
  ["paraspinal", "back"],
  ["paraspinous", "back"],
  ["paravertebral", "back"],
]);

/** Site words a query may name beside "muscle", by the site class they mean. */
const SITE_WORDS: ReadonlyMap<string, MuscleSite> = new Map([
  ["back", "back"],
  ["lumbar", "back"],
  ["thoracic", "back"],
  ["lumbosacral", "back"],
  ["spine", "back"],
  ["spinal", "back"],
  ["calf", "calf"],
  ["jaw", "mastication"],
  ["mastication", "mastication"],
  ["masticatory", "mastication"],
  ["chewing", "mastication"],
  ["neck", "neck"],
  ["cervical", "neck"],
]);

function siteOf(id: string, region: string, view: string): MuscleSite {
  if (MASTICATION_IDS.has(id)) return "mastication";
  if (CALF_IDS.has(id)) return "calf";
  if (region === "head-neck") return "neck";
  if ((region === "thoracic" || region === "lumbar-pelvic") && view === "back") return "back";
  return "other";
}

/** Word of a muscle name or synonym -> its site class. A word shared by muscles of different
 * classes ("oblique": the abdominal and the suboccipital ones) is left out: it names no one site. */
function buildMuscleWords(): ReadonlyMap<string, MuscleSite> {
  const out = new Map<string, MuscleSite | null>();
  for (const m of MUSCLES) {
    const site = siteOf(m.id, m.region, m.view);
    for (const text of [m.name, ...m.synonyms]) {
      for (const raw of simplify(text).split(" ")) {
        // Short words are abbreviations ("ut", "ql") that mean other things in a diagnosis box.
        if (raw.length < 5) continue;
        const w = stem(raw);
        const known = out.get(w);
        out.set(w, known === undefined || known === site ? site : null);
      }
    }
  }
  for (const [w, site] of EXTRA_MUSCLE_WORDS) out.set(w, site);
  const words = new Map<string, MuscleSite>();
  for (const [w, site] of out) if (site !== null && !GENERIC.has(w)) words.set(w, site);
  return words;
}

/** Words of muscle names that say where or which, not what: never taken as a muscle by themselves. */
const GENERIC: ReadonlySet<string> = new Set([
  "upper",
  "middle",
  "lower",
  "medial",
  "lateral",
  "anterior",
  "posterior",
  "superior",
  "inferior",
  "major",
  "minor",
  "longus",
  "brevis",
  "magnus",
  "internal",
  "external",
  "thoracic",
  "lumbar",
  "cervical",
  "muscle",
  "flexor",
  "extensor",
  "abdominal",
  "forearm",
  "wrist",
  "capitis",
  "cervicis",
  "thoracis",
  "lumborum",
]);

export const MUSCLE_WORDS: ReadonlyMap<string, MuscleSite> = buildMuscleWords();

/** The site class a query word names ("lumbar" -> back, "jaw" -> mastication), if any. */
export function siteWord(word: string): MuscleSite | undefined {
  return SITE_WORDS.get(word);
}
