import type { VagueSite } from "@tpi/schemas";

/**
 * Words that name a body site, not a muscle. The note must not accept them as a muscle row: 20552/20553
 * count named muscles per side (coding-rules.md §1, "the app should require the note to name each muscle
 * and side"), and the LCD documentation asks for the muscles injected (§8a item 5).
 *
 * Not vague on purpose: "trap"/"traps"/"trapezius" name a muscle; search offers its three parts (upper,
 * middle, lower) and the clinician picks one. The same holds for group words such as "rhomboids",
 * "hamstrings", "glutes" and "scalenes": they are shared synonyms in the muscle catalog, not vague sites.
 * "Paraspinals" and "erector spinae" are vague: they name a column of several muscles by region.
 */
function site(terms: string[], suggestMuscleIds: string[]): VagueSite[] {
  return terms.map((term) => ({ term, suggestMuscleIds }));
}

const NECK = [
  "upper-trapezius",
  "levator-scapulae",
  "splenius-capitis",
  "splenius-cervicis",
  "semispinalis-capitis",
  "cervical-multifidus",
  "sternocleidomastoid",
  "anterior-scalene",
  "middle-scalene",
];
const SHOULDER = [
  "upper-trapezius",
  "levator-scapulae",
  "supraspinatus",
  "infraspinatus",
  "teres-minor",
  "anterior-deltoid",
  "middle-deltoid",
  "posterior-deltoid",
];
const SCAPULA = [
  "rhomboid-major",
  "rhomboid-minor",
  "middle-trapezius",
  "lower-trapezius",
  "levator-scapulae",
  "infraspinatus",
  "supraspinatus",
  "serratus-posterior-superior",
];
const UPPER_BACK = [
  "middle-trapezius",
  "lower-trapezius",
  "rhomboid-major",
  "rhomboid-minor",
  "levator-scapulae",
  "serratus-posterior-superior",
  "iliocostalis-thoracis",
  "longissimus-thoracis",
];
const MID_BACK = [
  "iliocostalis-thoracis",
  "longissimus-thoracis",
  "thoracic-multifidus",
  "lower-trapezius",
  "serratus-posterior-inferior",
  "latissimus-dorsi",
];
const LOW_BACK = [
  "quadratus-lumborum",
  "lumbar-multifidus",
  "iliocostalis-lumborum",
  "longissimus-lumborum",
  "gluteus-medius",
];
const PARASPINALS = [
  "iliocostalis-thoracis",
  "longissimus-thoracis",
  "thoracic-multifidus",
  "iliocostalis-lumborum",
  "longissimus-lumborum",
  "lumbar-multifidus",
  "splenius-cervicis",
  "semispinalis-cervicis",
  "cervical-multifidus",
];
const GLUTEAL = ["gluteus-maximus", "gluteus-medius", "gluteus-minimus", "piriformis"];
const HIP = [
  "gluteus-medius",
  "gluteus-minimus",
  "tensor-fasciae-latae",
  "piriformis",
  "psoas-major",
  "iliacus",
];
const JAW = ["masseter", "temporalis", "medial-pterygoid", "lateral-pterygoid"];

export const VAGUE_SITES: readonly VagueSite[] = [
  ...site(["neck", "cervical", "posterior neck"], NECK),
  ...site(["shoulder", "shoulder girdle"], SHOULDER),
  ...site(["scapula", "scapular", "shoulder blade", "periscapular"], SCAPULA),
  ...site(["upper back"], UPPER_BACK),
  ...site(["mid back", "middle back", "thoracic", "thoracic spine"], MID_BACK),
  ...site(["low back", "lower back", "lumbar", "lumbosacral", "lumbar spine"], LOW_BACK),
  ...site(["back"], [...UPPER_BACK, ...LOW_BACK]),
  ...site(["paraspinal", "paraspinals", "paraspinal muscles", "erector spinae"], PARASPINALS),
  ...site(
    ["cervical paraspinal", "cervical paraspinals"],
    [
      "splenius-capitis",
      "splenius-cervicis",
      "semispinalis-capitis",
      "semispinalis-cervicis",
      "cervical-multifidus",
    ],
  ),
  ...site(
    ["thoracic paraspinal", "thoracic paraspinals"],
    ["iliocostalis-thoracis", "longissimus-thoracis", "thoracic-multifidus"],
  ),
  ...site(
    ["lumbar paraspinal", "lumbar paraspinals"],
    ["iliocostalis-lumborum", "longissimus-lumborum", "lumbar-multifidus", "quadratus-lumborum"],
  ),
  ...site(["gluteal", "buttock", "buttocks", "butt"], GLUTEAL),
  ...site(["hip", "lateral hip"], HIP),
  ...site(["groin"], ["adductor-longus", "adductor-brevis", "psoas-major", "iliacus"]),
  ...site(["jaw", "tmj", "temporomandibular"], JAW),
  ...site(
    ["temple", "head"],
    ["temporalis", "occipitalis", "splenius-capitis", "semispinalis-capitis"],
  ),
  ...site(
    ["suboccipital region", "base of skull"],
    [
      "rectus-capitis-posterior-major",
      "rectus-capitis-posterior-minor",
      "obliquus-capitis-inferior",
      "obliquus-capitis-superior",
      "semispinalis-capitis",
    ],
  ),
  ...site(
    ["chest", "chest wall"],
    ["pectoralis-major", "pectoralis-minor", "serratus-anterior", "intercostals"],
  ),
  ...site(
    ["rib", "ribs", "rib cage", "flank"],
    [
      "intercostals",
      "serratus-anterior",
      "serratus-posterior-inferior",
      "external-oblique",
      "internal-oblique",
      "quadratus-lumborum",
    ],
  ),
  ...site(
    ["abdomen", "abdominal wall", "abs", "belly"],
    ["rectus-abdominis", "external-oblique", "internal-oblique"],
  ),
  ...site(
    ["arm", "upper arm"],
    ["biceps-brachii", "triceps-brachii", "brachialis", "middle-deltoid"],
  ),
  ...site(
    ["elbow", "forearm"],
    [
      "brachioradialis",
      "extensor-carpi-radialis-longus",
      "extensor-carpi-radialis-brevis",
      "extensor-carpi-ulnaris",
      "extensor-digitorum",
      "flexor-carpi-radialis",
      "flexor-carpi-ulnaris",
      "pronator-teres",
    ],
  ),
  ...site(
    ["thigh"],
    [
      "rectus-femoris",
      "vastus-lateralis",
      "vastus-medialis",
      "biceps-femoris",
      "semitendinosus",
      "adductor-longus",
    ],
  ),
  ...site(["knee"], ["vastus-medialis", "vastus-lateralis", "popliteus", "biceps-femoris"]),
  ...site(
    ["leg", "lower leg", "calf", "calves"],
    ["gastrocnemius", "soleus", "tibialis-anterior", "peroneus-longus"],
  ),
  ...site(["shin"], ["tibialis-anterior", "extensor-digitorum-longus"]),
];
