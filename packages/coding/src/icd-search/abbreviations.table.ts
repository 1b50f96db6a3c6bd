/**
 * Clinical shorthand the diagnosis picker understands, rewritten into the words the ICD-10-CM titles
 * and Index use before matching. This is our own reviewed table, not source data: the official Index
 * has no abbreviations and no "trigger point" entry (see packages/codesets/data/PROVENANCE.md,
 * "ICD-10-CM search terms", spot check "trigger point").
 *
 * Rules for adding a row: the shorthand must be common in pain / musculoskeletal notes, have one
 * meaning in that setting, and not be a word that titles use. Checked against every FY2026 and
 * FY2027 long title: no one-word `from` below is a title word except "l" (once, in "Aromatic
 * L-amino acid decarboxylase deficiency"); the two-word ones start with title words ("c", "t",
 * "trigger") but no title has the pair ("C-spine", "trigger point").
 * `from` and `to` are matched after normalisation (lower case, "-" "/" "." split words, plurals
 * stemmed), before stop words are dropped.
 */
export interface QueryRewrite {
  /** One or more consecutive query words. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly why: string;
}

export const QUERY_REWRITES: readonly QueryRewrite[] = [
  // Back and neck
  {
    from: ["lbp"],
    to: ["low", "back", "pain"],
    why: "low back pain; Index 'Pain(s), low back' -> M54.50",
  },
  {
    from: ["clbp"],
    to: ["chronic", "low", "back", "pain"],
    why: "chronic low back pain; the site code is M54.5-, chronicity is G89.29 as a second code",
  },
  {
    from: ["np"],
    to: ["neck", "pain"],
    why: "neck pain in pain-clinic notes; Index 'Pain(s), neck NEC' -> M54.2",
  },
  { from: ["c", "spine"], to: ["cervical", "spine"], why: "C-spine" },
  { from: ["t", "spine"], to: ["thoracic", "spine"], why: "T-spine" },
  { from: ["l", "spine"], to: ["lumbar", "spine"], why: "L-spine" },
  { from: ["ls", "spine"], to: ["lumbosacral", "spine"], why: "LS-spine" },
  { from: ["si"], to: ["sacroiliac"], why: "SI joint; Index 'Pain(s), sacroiliac' -> M53.3" },
  { from: ["sij"], to: ["sacroiliac", "joint"], why: "SI joint" },
  {
    from: ["ddd"],
    to: ["intervertebral", "disc", "degeneration"],
    why: "degenerative disc disease (M51.3-, M50.3-)",
  },
  {
    from: ["wad"],
    to: ["whiplash"],
    why: "whiplash-associated disorder; Index 'Whiplash injury' -> S13.4XXA",
  },
  // Muscle pain
  {
    from: ["mps"],
    to: ["myofascial", "pain", "syndrome"],
    why: "myofascial pain syndrome; Index -> M79.18",
  },
  {
    from: ["trigger", "point"],
    to: ["myofascial", "pain"],
    why: "our choice: the Index has no 'trigger point'; trigger points are the finding of myofascial pain (M79.18)",
  },
  {
    from: ["mtrp"],
    to: ["myofascial", "pain"],
    why: "myofascial trigger point; same choice as 'trigger point'",
  },
  { from: ["tp"], to: ["myofascial", "pain"], why: "trigger point, as abbreviated in TPI notes" },
  { from: ["fms"], to: ["fibromyalgia"], why: "fibromyalgia syndrome (M79.7)" },
  // Headache
  { from: ["ha"], to: ["headache"], why: "headache; Index 'Headache' -> R51.9" },
  { from: ["h", "a"], to: ["headache"], why: "H/A, as written in notes" },
  { from: ["tth"], to: ["tension", "type", "headache"], why: "tension-type headache (G44.209)" },
  {
    from: ["ctth"],
    to: ["chronic", "tension", "type", "headache"],
    why: "chronic tension-type headache (G44.229)",
  },
  {
    from: ["etth"],
    to: ["episodic", "tension", "type", "headache"],
    why: "episodic tension-type headache (G44.219)",
  },
  { from: ["cgh"], to: ["cervicogenic", "headache"], why: "cervicogenic headache (G44.86)" },
  {
    from: ["moh"],
    to: ["medication", "overuse", "headache"],
    why: "medication overuse headache (G44.4-)",
  },
  // Other regional pain syndromes seen alongside trigger points
  { from: ["tmj"], to: ["temporomandibular", "joint"], why: "TMJ" },
  { from: ["tmd"], to: ["temporomandibular", "joint", "disorder"], why: "TMJ disorder (M26.6-)" },
  { from: ["crps"], to: ["complex", "regional", "pain", "syndrome"], why: "CRPS (G90.5-)" },
  { from: ["cts"], to: ["carpal", "tunnel", "syndrome"], why: "carpal tunnel syndrome (G56.0-)" },
  {
    from: ["tos"],
    to: ["thoracic", "outlet", "syndrome"],
    why: "thoracic outlet syndrome (G54.0)",
  },
  { from: ["oa"], to: ["osteoarthritis"], why: "osteoarthritis (M15-M19)" },
  {
    from: ["djd"],
    to: ["osteoarthritis"],
    why: "degenerative joint disease, which ICD-10-CM titles call osteoarthritis",
  },
  // Laterality, as charted
  { from: ["rt"], to: ["right"], why: "right" },
  { from: ["lt"], to: ["left"], why: "left" },
  { from: ["r"], to: ["right"], why: "'R shoulder pain'; a lone R is never a title word" },
  { from: ["l"], to: ["left"], why: "'L shoulder pain'; 'L-spine' is matched first, above" },
  { from: ["bil"], to: ["bilateral"], why: "bilateral" },
  { from: ["bilat"], to: ["bilateral"], why: "bilateral" },
];
