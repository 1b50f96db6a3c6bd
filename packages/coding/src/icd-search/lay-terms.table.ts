/**
 * Lay words and clinical synonyms for conditions that ICD-10-CM titles name otherwise ("hives" is
 * urticaria). The official Index would send most of them on with a "see" cross-reference, but the
 * Index rows we have (a subset, PROVENANCE.md) keep no cross-references, so this is our own reviewed
 * table, like the abbreviations. Each row is searched as an ALTERNATIVE to what was typed (a variant),
 * never instead of it, so a title that uses the lay word itself still matches.
 *
 * Rules for adding a row: the lay phrase has one meaning in a clinic, the target words are the ones
 * the titles use, and the row is a vocabulary fact, not a route to one query's code. `from` is
 * matched against consecutive query words after normalisation (lower case, plurals stemmed, stop
 * words dropped: "ringing in the ears" is "ringing ear").
 */
export interface LayTerm {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly why: string;
}

export const LAY_TERMS: readonly LayTerm[] = [
  { from: ["kidney", "stone"], to: ["calculus", "kidney"], why: "renal calculus (N20.0)" },
  { from: ["sore", "throat"], to: ["pharyngitis"], why: "Index 'Sore throat' is pharyngitis" },
  { from: ["flu"], to: ["influenza"], why: "short for influenza" },
  { from: ["hive"], to: ["urticaria"], why: "hives are urticaria" },
  { from: ["nosebleed"], to: ["epistaxis"], why: "a nosebleed is epistaxis" },
  { from: ["nose", "bleed"], to: ["epistaxis"], why: "a nosebleed is epistaxis" },
  { from: ["ringing", "ear"], to: ["tinnitus"], why: "ringing in the ears is tinnitus" },
  { from: ["fainting"], to: ["syncope"], why: "fainting is syncope" },
  { from: ["faint"], to: ["syncope"], why: "fainting is syncope" },
  { from: ["itching"], to: ["pruritus"], why: "itching is pruritus" },
  { from: ["itch"], to: ["pruritus"], why: "itching is pruritus" },
  { from: ["itchy"], to: ["pruritus"], why: "itching is pruritus" },
  { from: ["belly"], to: ["abdominal"], why: "the titles say abdominal" },
  { from: ["tummy"], to: ["abdominal"], why: "the titles say abdominal" },
  { from: ["ache"], to: ["pain"], why: "an ache is a pain" },
  { from: ["aching"], to: ["pain"], why: "an ache is a pain" },
  {
    from: ["facet", "arthropathy"],
    to: ["spondylosis"],
    why: "arthropathy of the facet (zygapophyseal) joints is classified as spondylosis (M47.8-)",
  },
  { from: ["facet", "arthritis"], to: ["spondylosis"], why: "as facet arthropathy" },
  { from: ["facet", "arthrosis"], to: ["spondylosis"], why: "as facet arthropathy" },
  { from: ["facet", "joint", "arthropathy"], to: ["spondylosis"], why: "as facet arthropathy" },
];
