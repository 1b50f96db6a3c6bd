import { MuscleSchema, RegionSchema, VagueSiteSchema } from "@tpi/schemas";
import { describe, expect, it } from "vitest";
import { normalizeSearchText } from "./search-text.js";
import { MUSCLES } from "./muscles.table.js";
import { VAGUE_SITES } from "./vague-sites.table.js";

/**
 * Synonyms shared by several muscles on purpose: each names a group or an undivided muscle whose parts
 * are catalogued, so search offers every member and the clinician names one. Any other sharing is a bug.
 */
const DELIBERATELY_AMBIGUOUS: Record<string, string[]> = {
  pterygoid: ["medial-pterygoid", "lateral-pterygoid"],
  pterygoids: ["medial-pterygoid", "lateral-pterygoid"],
  scalene: ["anterior-scalene", "middle-scalene", "posterior-scalene"],
  scalenes: ["anterior-scalene", "middle-scalene", "posterior-scalene"],
  splenius: ["splenius-capitis", "splenius-cervicis"],
  splenii: ["splenius-capitis", "splenius-cervicis"],
  semispinalis: ["semispinalis-capitis", "semispinalis-cervicis"],
  suboccipital: [
    "rectus-capitis-posterior-major",
    "rectus-capitis-posterior-minor",
    "obliquus-capitis-inferior",
    "obliquus-capitis-superior",
  ],
  trap: ["upper-trapezius", "middle-trapezius", "lower-trapezius"],
  traps: ["upper-trapezius", "middle-trapezius", "lower-trapezius"],
  trapezius: ["upper-trapezius", "middle-trapezius", "lower-trapezius"],
  rhomboid: ["rhomboid-major", "rhomboid-minor"],
  rhomboids: ["rhomboid-major", "rhomboid-minor"],
  teres: ["teres-major", "teres-minor"],
  serratus: ["serratus-anterior", "serratus-posterior-superior", "serratus-posterior-inferior"],
  pec: ["pectoralis-major", "pectoralis-minor"],
  deltoid: ["anterior-deltoid", "middle-deltoid", "posterior-deltoid"],
  multifidus: ["cervical-multifidus", "thoracic-multifidus", "lumbar-multifidus"],
  iliocostalis: ["iliocostalis-thoracis", "iliocostalis-lumborum"],
  longissimus: ["longissimus-thoracis", "longissimus-lumborum"],
  oblique: ["external-oblique", "internal-oblique"],
  iliopsoas: ["psoas-major", "iliacus"],
  glute: ["gluteus-maximus", "gluteus-medius", "gluteus-minimus"],
  "wrist extensor": [
    "extensor-carpi-radialis-longus",
    "extensor-carpi-radialis-brevis",
    "extensor-carpi-ulnaris",
  ],
  "wrist flexor": ["flexor-carpi-radialis", "flexor-carpi-ulnaris"],
  ecr: ["extensor-carpi-radialis-longus", "extensor-carpi-radialis-brevis"],
  quad: ["rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"],
  vastus: ["vastus-lateralis", "vastus-medialis", "vastus-intermedius"],
  hamstring: ["biceps-femoris", "semitendinosus", "semimembranosus"],
  "medial hamstring": ["semitendinosus", "semimembranosus"],
  adductor: ["adductor-longus", "adductor-brevis", "adductor-magnus"],
  peroneal: ["peroneus-longus", "peroneus-brevis"],
};

/** Spelling variants of one ambiguous word share its member list ("traps" -> "trap"). */
const AMBIGUOUS_VARIANTS: Record<string, string> = {
  "suboccipital muscles": "suboccipital",
  suboccipitals: "suboccipital",
  pecs: "pec",
  pectoralis: "pec",
  pectorals: "pec",
  delt: "deltoid",
  delts: "deltoid",
  multifidi: "multifidus",
  obliques: "oblique",
  "abdominal oblique": "oblique",
  "ilio psoas": "iliopsoas",
  "hip flexor": "iliopsoas",
  glutes: "glute",
  gluteus: "glute",
  "wrist extensors": "wrist extensor",
  "forearm extensors": "wrist extensor",
  "wrist flexors": "wrist flexor",
  "forearm flexors": "wrist flexor",
  "extensor carpi radialis": "ecr",
  quads: "quad",
  quadriceps: "quad",
  hamstrings: "hamstring",
  hams: "hamstring",
  adductors: "adductor",
  "hip adductors": "adductor",
  peroneals: "peroneal",
  fibularis: "peroneal",
};

function ownersBySynonym(): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const m of MUSCLES) {
    for (const s of new Set([m.name, ...m.synonyms].map(normalizeSearchText))) {
      owners.set(s, [...(owners.get(s) ?? []), m.id]);
    }
  }
  return owners;
}

describe("muscle catalog", () => {
  it.each(MUSCLES.map((m) => [m.id, m] as const))("%s parses with MuscleSchema", (_id, m) => {
    expect(MuscleSchema.parse(m)).toEqual(m);
  });

  it("has about ninety muscles covering every region", () => {
    expect(MUSCLES.length).toBeGreaterThanOrEqual(85);
    expect(new Set(MUSCLES.map((m) => m.region))).toEqual(new Set(RegionSchema.options));
  });

  it("has unique ids and unique names", () => {
    expect(new Set(MUSCLES.map((m) => m.id)).size).toBe(MUSCLES.length);
    expect(new Set(MUSCLES.map((m) => m.name.toLowerCase())).size).toBe(MUSCLES.length);
  });

  it("has kebab-case ids", () => {
    for (const m of MUSCLES) expect(m.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("shares a synonym between muscles only where listed as deliberately ambiguous", () => {
    const shared = [...ownersBySynonym()].filter(([, ids]) => ids.length > 1);
    for (const [synonym, ids] of shared) {
      const listed = DELIBERATELY_AMBIGUOUS[AMBIGUOUS_VARIANTS[synonym] ?? synonym];
      expect({ synonym, ids }).toEqual({ synonym, ids: listed });
    }
    // and every listed ambiguity is real, so the list cannot rot
    const owners = ownersBySynonym();
    for (const [synonym, ids] of Object.entries(DELIBERATELY_AMBIGUOUS)) {
      expect({ synonym, ids: owners.get(synonym) }).toEqual({ synonym, ids });
    }
  });

  it("never uses a muscle's own name as another muscle's synonym", () => {
    const names = new Map(MUSCLES.map((m) => [normalizeSearchText(m.name), m.id]));
    for (const m of MUSCLES) {
      for (const s of m.synonyms) {
        const owner = names.get(normalizeSearchText(s));
        if (owner !== undefined) expect({ synonym: s, owner }).toEqual({ synonym: s, owner: m.id });
      }
    }
  });

  it.each([
    ["trapezius", ["upper-trapezius", "middle-trapezius", "lower-trapezius"]],
    ["deltoid", ["anterior-deltoid", "middle-deltoid", "posterior-deltoid"]],
    ["multifidus", ["cervical-multifidus", "thoracic-multifidus", "lumbar-multifidus"]],
    ["iliocostalis", ["iliocostalis-thoracis", "iliocostalis-lumborum"]],
    ["longissimus", ["longissimus-thoracis", "longissimus-lumborum"]],
  ])("counts the parts of %s as one muscle (partOf)", (parent, parts) => {
    expect(MUSCLES.filter((m) => m.partOf === parent).map((m) => m.id)).toEqual(parts);
  });

  it("keeps distinct muscles of a group apart for counting (no partOf)", () => {
    for (const id of [
      "rhomboid-major",
      "rhomboid-minor",
      "anterior-scalene",
      "biceps-femoris",
      "gluteus-medius",
    ]) {
      expect(MUSCLES.find((m) => m.id === id)?.partOf).toBeUndefined();
    }
  });

  it("puts every part of the trapezius and levator scapulae in shoulder-upper-back", () => {
    const ids = ["upper-trapezius", "middle-trapezius", "lower-trapezius", "levator-scapulae"];
    expect(MUSCLES.filter((m) => ids.includes(m.id)).map((m) => m.region)).toEqual(
      ids.map(() => "shoulder-upper-back"),
    );
  });
});

describe("vague sites", () => {
  const ids = new Set(MUSCLES.map((m) => m.id));

  it.each(VAGUE_SITES.map((s) => [s.term, s] as const))(
    "%s parses and suggests known muscles",
    (_t, s) => {
      expect(VagueSiteSchema.parse(s)).toEqual(s);
      expect(s.suggestMuscleIds.length).toBeGreaterThan(0);
      expect(s.suggestMuscleIds.filter((id) => !ids.has(id))).toEqual([]);
      expect(new Set(s.suggestMuscleIds).size).toBe(s.suggestMuscleIds.length);
    },
  );

  it("has unique terms", () => {
    const terms = VAGUE_SITES.map((s) => normalizeSearchText(s.term));
    expect(new Set(terms).size).toBe(terms.length);
  });

  it("never uses a muscle name or synonym as a vague term", () => {
    const owners = ownersBySynonym();
    const clashes = VAGUE_SITES.filter((s) => owners.has(normalizeSearchText(s.term)));
    expect(clashes.map((s) => s.term)).toEqual([]);
  });
});
