import type { Muscle, Region } from "@tpi/schemas";

/**
 * Muscles commonly injected for trigger points, grouped by region, with what clinicians type for them.
 *
 * Decisions (see the catalog README section in the final report):
 * - Trapezius (all three parts) and levator scapulae are in "shoulder-upper-back", not "head-neck". Both
 *   act on the scapula (shoulder girdle), the commonest TPI session (upper trapezius + levator scapulae +
 *   rhomboids) then stays inside one region for the LCD "one anatomical region per session" check, and
 *   one muscle's parts never straddle two regions. The LCDs do not define the regions, so the engine should
 *   treat head-neck / shoulder-upper-back as neighbours when it warns.
 * - Parts of one anatomical muscle (trapezius, deltoid, multifidus, iliocostalis, longissimus) carry
 *   `partOf`: they count once per side toward 20552/20553 (conservative; CPT counts muscles, not parts).
 * - A synonym shared by several muscles is deliberate (a group word: "trap", "rhomboids", "hamstrings"):
 *   search then offers every member and the clinician names one. The test lists every shared synonym.
 * - Every muscle here is paired; left and right are separate muscles for counting (coding-rules.md §1).
 * - View: the body-diagram side where the muscle is palpated and injected; lateral muscles go where the
 *   patient usually lies for that injection.
 */
function muscle(
  id: string,
  name: string,
  region: Region,
  view: Muscle["view"],
  synonyms: string[],
  partOf?: string,
): Muscle {
  return partOf === undefined
    ? { id, name, region, view, synonyms, paired: true }
    : { id, name, region, view, synonyms, paired: true, partOf };
}

const TRAP = ["trap", "traps", "trapezius"];
const SCALENES = ["scalene", "scalenes"];
const SUBOCCIPITALS = ["suboccipital", "suboccipitals", "suboccipital muscles"];
const SPLENIUS = ["splenius", "splenii"];
const SEMISPINALIS = ["semispinalis"];
const PTERYGOIDS = ["pterygoid", "pterygoids"];
const RHOMBOIDS = ["rhomboid", "rhomboids"];
const TERES = ["teres"];
const SERRATUS = ["serratus"];
const PECS = ["pec", "pecs", "pectoralis", "pectorals"];
const DELTOID = ["deltoid", "delt", "delts"];
const MULTIFIDUS = ["multifidus", "multifidi"];
const ILIOCOSTALIS = ["iliocostalis"];
const LONGISSIMUS = ["longissimus"];
const OBLIQUES = ["oblique", "obliques", "abdominal oblique"];
const ILIOPSOAS = ["iliopsoas", "ilio psoas", "hip flexor"];
const GLUTES = ["glute", "glutes", "gluteus"];
const WRIST_EXTENSORS = ["wrist extensor", "wrist extensors", "forearm extensors"];
const WRIST_FLEXORS = ["wrist flexor", "wrist flexors", "forearm flexors"];
const ECR = ["ecr", "extensor carpi radialis"];
const QUADS = ["quad", "quads", "quadriceps"];
const VASTI = ["vastus"];
const HAMSTRINGS = ["hamstring", "hamstrings", "hams"];
const MEDIAL_HAMSTRING = ["medial hamstring"];
const ADDUCTORS = ["adductor", "adductors", "hip adductors"];
const PERONEALS = ["peroneal", "peroneals", "fibularis"];

export const MUSCLES: readonly Muscle[] = [
  // head-neck
  muscle("temporalis", "Temporalis", "head-neck", "front", ["temporal", "temporal muscle"]),
  muscle("masseter", "Masseter", "head-neck", "front", ["masseters"]),
  muscle("medial-pterygoid", "Medial pterygoid", "head-neck", "front", [
    "med pterygoid",
    "mpt",
    ...PTERYGOIDS,
  ]),
  muscle("lateral-pterygoid", "Lateral pterygoid", "head-neck", "front", [
    "lat pterygoid",
    "lpt",
    ...PTERYGOIDS,
  ]),
  muscle("sternocleidomastoid", "Sternocleidomastoid", "head-neck", "front", [
    "scm",
    "sternomastoid",
    "sternocleido",
  ]),
  muscle("anterior-scalene", "Anterior scalene", "head-neck", "front", [
    "scalenus anterior",
    "ant scalene",
    ...SCALENES,
  ]),
  muscle("middle-scalene", "Middle scalene", "head-neck", "front", [
    "scalenus medius",
    "mid scalene",
    ...SCALENES,
  ]),
  muscle("posterior-scalene", "Posterior scalene", "head-neck", "front", [
    "scalenus posterior",
    "post scalene",
    ...SCALENES,
  ]),
  muscle("splenius-capitis", "Splenius capitis", "head-neck", "back", [
    "splenius cap",
    ...SPLENIUS,
  ]),
  muscle("splenius-cervicis", "Splenius cervicis", "head-neck", "back", [
    "splenius cerv",
    ...SPLENIUS,
  ]),
  muscle("semispinalis-capitis", "Semispinalis capitis", "head-neck", "back", [
    "semispinalis cap",
    "semi cap",
    ...SEMISPINALIS,
  ]),
  muscle("semispinalis-cervicis", "Semispinalis cervicis", "head-neck", "back", [
    "semispinalis cerv",
    ...SEMISPINALIS,
  ]),
  muscle("rectus-capitis-posterior-major", "Rectus capitis posterior major", "head-neck", "back", [
    "rcpma",
    "rcp major",
    ...SUBOCCIPITALS,
  ]),
  muscle("rectus-capitis-posterior-minor", "Rectus capitis posterior minor", "head-neck", "back", [
    "rcpmi",
    "rcp minor",
    ...SUBOCCIPITALS,
  ]),
  muscle("obliquus-capitis-inferior", "Obliquus capitis inferior", "head-neck", "back", [
    "oci",
    "inferior oblique",
    ...SUBOCCIPITALS,
  ]),
  muscle("obliquus-capitis-superior", "Obliquus capitis superior", "head-neck", "back", [
    "ocs",
    "superior oblique",
    ...SUBOCCIPITALS,
  ]),
  muscle(
    "cervical-multifidus",
    "Multifidus (cervical)",
    "head-neck",
    "back",
    ["cervical multifidus", ...MULTIFIDUS],
    "multifidus",
  ),
  muscle("occipitalis", "Occipitalis", "head-neck", "back", ["occipital", "occipitofrontalis"]),

  // shoulder-upper-back (trapezius and levator scapulae: see the note at the top)
  muscle(
    "upper-trapezius",
    "Upper trapezius",
    "shoulder-upper-back",
    "back",
    ["utr", "ut", "upper trap", "upper traps", "upper trapezius", ...TRAP],
    "trapezius",
  ),
  muscle(
    "middle-trapezius",
    "Middle trapezius",
    "shoulder-upper-back",
    "back",
    ["mtr", "mid trap", "middle trap", "mid trapezius", ...TRAP],
    "trapezius",
  ),
  muscle(
    "lower-trapezius",
    "Lower trapezius",
    "shoulder-upper-back",
    "back",
    ["ltr", "lower trap", "low trap", ...TRAP],
    "trapezius",
  ),
  muscle("levator-scapulae", "Levator scapulae", "shoulder-upper-back", "back", [
    "ls",
    "lev scap",
    "levator scap",
    "levator",
    "lev",
  ]),
  muscle("rhomboid-major", "Rhomboid major", "shoulder-upper-back", "back", [
    "rhomboid maj",
    ...RHOMBOIDS,
  ]),
  muscle("rhomboid-minor", "Rhomboid minor", "shoulder-upper-back", "back", [
    "rhomboid min",
    ...RHOMBOIDS,
  ]),
  muscle("supraspinatus", "Supraspinatus", "shoulder-upper-back", "back", ["supra", "ssp"]),
  muscle("infraspinatus", "Infraspinatus", "shoulder-upper-back", "back", ["infra", "isp"]),
  muscle("teres-major", "Teres major", "shoulder-upper-back", "back", ["teres maj", ...TERES]),
  muscle("teres-minor", "Teres minor", "shoulder-upper-back", "back", ["teres min", ...TERES]),
  muscle("subscapularis", "Subscapularis", "shoulder-upper-back", "front", ["subscap", "sub scap"]),
  muscle("serratus-anterior", "Serratus anterior", "shoulder-upper-back", "front", [
    "sa",
    "serratus ant",
    ...SERRATUS,
  ]),
  muscle(
    "serratus-posterior-superior",
    "Serratus posterior superior",
    "shoulder-upper-back",
    "back",
    ["sps", "serratus post sup", ...SERRATUS],
  ),
  muscle("latissimus-dorsi", "Latissimus dorsi", "shoulder-upper-back", "back", [
    "lat",
    "lats",
    "lat dorsi",
    "latissimus",
  ]),
  muscle("pectoralis-major", "Pectoralis major", "shoulder-upper-back", "front", [
    "pec major",
    "pec maj",
    ...PECS,
  ]),
  muscle("pectoralis-minor", "Pectoralis minor", "shoulder-upper-back", "front", [
    "pec minor",
    "pec min",
    ...PECS,
  ]),
  muscle(
    "anterior-deltoid",
    "Anterior deltoid",
    "shoulder-upper-back",
    "front",
    ["ant delt", "anterior delt", "front delt", ...DELTOID],
    "deltoid",
  ),
  muscle(
    "middle-deltoid",
    "Middle deltoid",
    "shoulder-upper-back",
    "front",
    ["mid delt", "lateral deltoid", "lateral delt", ...DELTOID],
    "deltoid",
  ),
  muscle(
    "posterior-deltoid",
    "Posterior deltoid",
    "shoulder-upper-back",
    "back",
    ["post delt", "posterior delt", "rear delt", ...DELTOID],
    "deltoid",
  ),

  // thoracic (the trunk: thoracic paraspinals, chest wall and abdominal wall)
  muscle(
    "iliocostalis-thoracis",
    "Iliocostalis thoracis",
    "thoracic",
    "back",
    ["iliocostalis thor", ...ILIOCOSTALIS],
    "iliocostalis",
  ),
  muscle(
    "longissimus-thoracis",
    "Longissimus thoracis",
    "thoracic",
    "back",
    ["longissimus thor", ...LONGISSIMUS],
    "longissimus",
  ),
  muscle(
    "thoracic-multifidus",
    "Multifidus (thoracic)",
    "thoracic",
    "back",
    ["thoracic multifidus", ...MULTIFIDUS],
    "multifidus",
  ),
  muscle("serratus-posterior-inferior", "Serratus posterior inferior", "thoracic", "back", [
    "spi",
    "serratus post inf",
    ...SERRATUS,
  ]),
  muscle("intercostals", "Intercostal muscles", "thoracic", "front", [
    "intercostal",
    "intercostals",
  ]),
  muscle("rectus-abdominis", "Rectus abdominis", "thoracic", "front", ["rectus abd", "ra"]),
  muscle("external-oblique", "External oblique", "thoracic", "front", [
    "ext oblique",
    "eo",
    ...OBLIQUES,
  ]),
  muscle("internal-oblique", "Internal oblique", "thoracic", "front", [
    "int oblique",
    "io",
    ...OBLIQUES,
  ]),

  // lumbar-pelvic
  muscle("quadratus-lumborum", "Quadratus lumborum", "lumbar-pelvic", "back", [
    "ql",
    "quadratus",
    "quad lumborum",
  ]),
  muscle(
    "lumbar-multifidus",
    "Multifidus (lumbar)",
    "lumbar-pelvic",
    "back",
    ["lumbar multifidus", ...MULTIFIDUS],
    "multifidus",
  ),
  muscle(
    "iliocostalis-lumborum",
    "Iliocostalis lumborum",
    "lumbar-pelvic",
    "back",
    ["iliocostalis lumb", ...ILIOCOSTALIS],
    "iliocostalis",
  ),
  muscle(
    "longissimus-lumborum",
    "Longissimus lumborum",
    "lumbar-pelvic",
    "back",
    ["longissimus lumb", ...LONGISSIMUS],
    "longissimus",
  ),
  muscle("psoas-major", "Psoas major", "lumbar-pelvic", "front", ["psoas", ...ILIOPSOAS]),
  muscle("iliacus", "Iliacus", "lumbar-pelvic", "front", [...ILIOPSOAS]),
  muscle("obturator-internus", "Obturator internus", "lumbar-pelvic", "back", [
    "obturator",
    "obt int",
  ]),

  // hip-gluteal
  muscle("gluteus-maximus", "Gluteus maximus", "hip-gluteal", "back", [
    "glut max",
    "glute max",
    "gmax",
    "g max",
    ...GLUTES,
  ]),
  muscle("gluteus-medius", "Gluteus medius", "hip-gluteal", "back", [
    "glut med",
    "glute med",
    "gmed",
    "g med",
    ...GLUTES,
  ]),
  muscle("gluteus-minimus", "Gluteus minimus", "hip-gluteal", "back", [
    "glut min",
    "glute min",
    "gmin",
    "g min",
    ...GLUTES,
  ]),
  muscle("piriformis", "Piriformis", "hip-gluteal", "back", ["piri", "pirif"]),
  muscle("tensor-fasciae-latae", "Tensor fasciae latae", "hip-gluteal", "front", [
    "tfl",
    "tensor fascia lata",
    "tensor fasciae lata",
    "tensor",
  ]),

  // upper-limb
  muscle("biceps-brachii", "Biceps brachii", "upper-limb", "front", ["biceps", "bicep"]),
  muscle("triceps-brachii", "Triceps brachii", "upper-limb", "back", ["triceps", "tricep"]),
  muscle("brachialis", "Brachialis", "upper-limb", "front", []),
  muscle("coracobrachialis", "Coracobrachialis", "upper-limb", "front", ["coracobrach"]),
  muscle("brachioradialis", "Brachioradialis", "upper-limb", "front", ["br", "brachiorad"]),
  muscle("extensor-carpi-radialis-longus", "Extensor carpi radialis longus", "upper-limb", "back", [
    "ecrl",
    ...ECR,
    ...WRIST_EXTENSORS,
  ]),
  muscle("extensor-carpi-radialis-brevis", "Extensor carpi radialis brevis", "upper-limb", "back", [
    "ecrb",
    ...ECR,
    ...WRIST_EXTENSORS,
  ]),
  muscle("extensor-carpi-ulnaris", "Extensor carpi ulnaris", "upper-limb", "back", [
    "ecu",
    ...WRIST_EXTENSORS,
  ]),
  muscle("extensor-digitorum", "Extensor digitorum", "upper-limb", "back", [
    "edc",
    "extensor digitorum communis",
    "finger extensors",
  ]),
  muscle("supinator", "Supinator", "upper-limb", "back", []),
  muscle("flexor-carpi-radialis", "Flexor carpi radialis", "upper-limb", "front", [
    "fcr",
    ...WRIST_FLEXORS,
  ]),
  muscle("flexor-carpi-ulnaris", "Flexor carpi ulnaris", "upper-limb", "front", [
    "fcu",
    ...WRIST_FLEXORS,
  ]),
  muscle(
    "flexor-digitorum-superficialis",
    "Flexor digitorum superficialis",
    "upper-limb",
    "front",
    ["fds", "finger flexors"],
  ),
  muscle("pronator-teres", "Pronator teres", "upper-limb", "front", ["pronator"]),

  // lower-limb
  muscle("rectus-femoris", "Rectus femoris", "lower-limb", "front", ["rf", ...QUADS]),
  muscle("vastus-lateralis", "Vastus lateralis", "lower-limb", "front", ["vl", ...VASTI, ...QUADS]),
  muscle("vastus-medialis", "Vastus medialis", "lower-limb", "front", [
    "vm",
    "vmo",
    ...VASTI,
    ...QUADS,
  ]),
  muscle("vastus-intermedius", "Vastus intermedius", "lower-limb", "front", [
    "vi",
    ...VASTI,
    ...QUADS,
  ]),
  muscle("biceps-femoris", "Biceps femoris", "lower-limb", "back", [
    "bf",
    "lateral hamstring",
    ...HAMSTRINGS,
  ]),
  muscle("semitendinosus", "Semitendinosus", "lower-limb", "back", [
    "semi t",
    ...MEDIAL_HAMSTRING,
    ...HAMSTRINGS,
  ]),
  muscle("semimembranosus", "Semimembranosus", "lower-limb", "back", [
    "semi m",
    ...MEDIAL_HAMSTRING,
    ...HAMSTRINGS,
  ]),
  muscle("adductor-longus", "Adductor longus", "lower-limb", "front", ["add longus", ...ADDUCTORS]),
  muscle("adductor-brevis", "Adductor brevis", "lower-limb", "front", ["add brevis", ...ADDUCTORS]),
  muscle("adductor-magnus", "Adductor magnus", "lower-limb", "front", ["add magnus", ...ADDUCTORS]),
  muscle("gracilis", "Gracilis", "lower-limb", "front", []),
  muscle("sartorius", "Sartorius", "lower-limb", "front", []),
  muscle("gastrocnemius", "Gastrocnemius", "lower-limb", "back", [
    "gastroc",
    "gastrocs",
    "gastroc medial",
    "gastroc lateral",
  ]),
  muscle("soleus", "Soleus", "lower-limb", "back", []),
  muscle("popliteus", "Popliteus", "lower-limb", "back", []),
  muscle("tibialis-anterior", "Tibialis anterior", "lower-limb", "front", [
    "ta",
    "tib ant",
    "anterior tibialis",
  ]),
  muscle("tibialis-posterior", "Tibialis posterior", "lower-limb", "back", [
    "tp",
    "tib post",
    "posterior tibialis",
  ]),
  muscle("peroneus-longus", "Peroneus longus", "lower-limb", "front", [
    "pl",
    "fibularis longus",
    "peroneal longus",
    ...PERONEALS,
  ]),
  muscle("peroneus-brevis", "Peroneus brevis", "lower-limb", "front", [
    "pb",
    "fibularis brevis",
    ...PERONEALS,
  ]),
  muscle("extensor-digitorum-longus", "Extensor digitorum longus", "lower-limb", "front", ["edl"]),
];
