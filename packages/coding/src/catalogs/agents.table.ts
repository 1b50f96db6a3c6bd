import type { Agent } from "@tpi/schemas";

/**
 * Injectates used for trigger point injections, with the HCPCS Level II code whose billing unit fits.
 *
 * - `unitAmount` is the amount per billing unit stated in the code's long descriptor in the HCPCS file;
 *   agents.table.test.ts reads the real file and checks each one. Descriptor text itself is never copied
 *   here: the UI shows it from the HCPCS file.
 * - Lidocaine: the January 2026 HCPCS file has J2003 (lidocaine hydrochloride, 1 mg) and J2004 (with
 *   epinephrine, 1 mg), both without a route, besides J2001, which is "for intravenous infusion" and so
 *   never listed here (checked against the file in the test). Medicare and the BCBSA-style profile bundle
 *   local anesthetic given by infiltration into the procedure (coding-rules.md §6, §11 rule 7: payer data
 *   on class "local-anesthetic"); a clinic profile that does not bundle it bills J2003/J2004 per mg.
 *   Normal saline has no code: an agent with no code and `unclassified: false` has no drug line.
 * - Betamethasone (J0702): the descriptor's unit is "betamethasone acetate 3 mg and betamethasone sodium
 *   phosphate 3 mg". We express the dose, the concentration and the unit as the COMBINED total of both
 *   salts (6 mg per unit; the common suspension is 6 mg/mL total), so 1 mL = 6 mg = 1 unit.
 * - Methylprednisolone acetate: J1010 (1 mg) and the bands J1020 20 mg, J1030 40 mg, J1040 80 mg (`maxDose`
 *   marks a band), all in the January 2026 HCPCS file. A payer that pays the bands gets them combined
 *   (dose.ts, hcpcsLinesFor); Medicare does not pay the bands since J1010 (payer profile notPayableCodes).
 * - Coverage (bundled local anesthetic, non-covered biologics and toxins) is payer-profile data keyed by
 *   `class`, not a property of the agent.
 */
export const AGENTS: readonly Agent[] = [
  {
    id: "lidocaine",
    name: "Lidocaine",
    class: "local-anesthetic",
    synonyms: ["lido", "xylocaine", "lignocaine"],
    hcpcs: [{ code: "J2003", unitAmount: 1 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 1, unit: "percent" },
      { value: 2, unit: "percent" },
      { value: 0.5, unit: "percent" },
    ],
    unclassified: false,
  },
  {
    id: "lidocaine-with-epinephrine",
    name: "Lidocaine with epinephrine",
    class: "local-anesthetic",
    synonyms: ["lido with epi", "xylocaine with epinephrine", "lidocaine epinephrine"],
    // The dose is the lidocaine in it (J2004 is per 1 mg of lidocaine hydrochloride with epinephrine).
    hcpcs: [{ code: "J2004", unitAmount: 1 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 1, unit: "percent" },
      { value: 2, unit: "percent" },
    ],
    unclassified: false,
  },
  {
    id: "bupivacaine",
    name: "Bupivacaine",
    class: "local-anesthetic",
    synonyms: ["bupi", "marcaine", "sensorcaine"],
    hcpcs: [{ code: "J0665", unitAmount: 0.5 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 0.25, unit: "percent" },
      { value: 0.5, unit: "percent" },
    ],
    unclassified: false,
  },
  {
    id: "ropivacaine",
    name: "Ropivacaine",
    class: "local-anesthetic",
    synonyms: ["ropi", "naropin"],
    hcpcs: [{ code: "J2795", unitAmount: 1 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 0.2, unit: "percent" },
      { value: 0.5, unit: "percent" },
    ],
    unclassified: false,
  },
  {
    id: "triamcinolone-acetonide",
    name: "Triamcinolone acetonide",
    class: "corticosteroid",
    synonyms: ["triamcinolone", "kenalog", "ta"],
    hcpcs: [{ code: "J3301", unitAmount: 10 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 40, unit: "mg/mL" },
      { value: 10, unit: "mg/mL" },
    ],
    unclassified: false,
  },
  {
    id: "methylprednisolone-acetate",
    name: "Methylprednisolone acetate",
    class: "corticosteroid",
    synonyms: ["methylprednisolone", "depo-medrol", "depo medrol", "mpa"],
    // Bands, smallest first; each code fits doses up to its own amount (one unit).
    hcpcs: [
      { code: "J1020", unitAmount: 20, maxDose: 20 },
      { code: "J1030", unitAmount: 40, maxDose: 40 },
      { code: "J1040", unitAmount: 80, maxDose: 80 },
      { code: "J1010", unitAmount: 1 },
    ],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 40, unit: "mg/mL" },
      { value: 80, unit: "mg/mL" },
    ],
    unclassified: false,
  },
  {
    id: "dexamethasone-sodium-phosphate",
    name: "Dexamethasone sodium phosphate",
    class: "corticosteroid",
    synonyms: ["dexamethasone", "decadron", "dex"],
    hcpcs: [{ code: "J1100", unitAmount: 1 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 4, unit: "mg/mL" },
      { value: 10, unit: "mg/mL" },
    ],
    unclassified: false,
  },
  {
    id: "betamethasone-acetate-sodium-phosphate",
    name: "Betamethasone acetate and sodium phosphate",
    class: "corticosteroid",
    synonyms: ["betamethasone", "celestone", "celestone soluspan"],
    // 6 mg = 3 mg acetate + 3 mg sodium phosphate: the combined-total convention above.
    hcpcs: [{ code: "J0702", unitAmount: 6 }],
    doseUnit: "mg",
    commonConcentrations: [{ value: 6, unit: "mg/mL" }],
    unclassified: false,
  },
  {
    id: "ketorolac",
    name: "Ketorolac tromethamine",
    class: "nsaid",
    synonyms: ["ketorolac", "toradol"],
    hcpcs: [{ code: "J1885", unitAmount: 15 }],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 30, unit: "mg/mL" },
      { value: 15, unit: "mg/mL" },
    ],
    unclassified: false,
  },
  {
    id: "onabotulinumtoxina",
    name: "OnabotulinumtoxinA",
    class: "botulinum-toxin",
    synonyms: ["botox", "botulinum toxin a", "onabot", "ona"],
    hcpcs: [{ code: "J0585", unitAmount: 1 }],
    doseUnit: "units",
    // A 100-unit vial reconstituted with 1, 2 or 4 mL of saline.
    commonConcentrations: [
      { value: 50, unit: "units/mL" },
      { value: 100, unit: "units/mL" },
      { value: 25, unit: "units/mL" },
    ],
    unclassified: false,
  },
  {
    id: "normal-saline",
    name: "Normal saline (0.9 % sodium chloride)",
    class: "saline",
    synonyms: ["saline", "ns", "sodium chloride", "nacl"],
    // Diluent: never a separate drug line for a TPI (a supply), so no code here.
    hcpcs: [],
    doseUnit: "mg",
    commonConcentrations: [{ value: 0.9, unit: "percent" }],
    unclassified: false,
  },
  {
    id: "procaine",
    name: "Procaine",
    class: "local-anesthetic",
    synonyms: ["novocain", "novocaine", "procaine hydrochloride"],
    // No HCPCS code of its own: J2690 is procainamide, a cardiac drug, never procaine (AAPC Orthopedic
    // Coding Alert, "Medicare may deny procaine injections", cited in coding-rules.md §6; the test checks
    // the 2026 file). Bundled where the payer bundles local anesthetic; elsewhere an unclassified drug.
    hcpcs: [],
    doseUnit: "mg",
    commonConcentrations: [
      { value: 1, unit: "percent" },
      { value: 2, unit: "percent" },
    ],
    unclassified: true,
  },
  {
    id: "platelet-rich-plasma",
    name: "Platelet-rich plasma (PRP)",
    class: "biologic",
    synonyms: ["prp", "platelet rich plasma"],
    // Not a drug line: injecting PRP is its own Category III procedure, 0232T (any site, including the
    // blood draw, the preparation and image guidance), never J3490 (rules/cpt.rules.ts, CPT-PRP-01). The
    // 2024 Medicare TPI LCDs do not cover biologic injectates (coding-rules.md §8a item 6): payer data on
    // class "biologic". doseUnit is nominal: PRP has no drug amount and DoseUnit has no volume unit.
    hcpcs: [],
    doseUnit: "units",
    commonConcentrations: [],
    unclassified: false,
    procedureCode: "0232T",
  },
];

const BY_ID: ReadonlyMap<string, Agent> = new Map(AGENTS.map((a) => [a.id, a]));

/** The catalog agent with this id, or undefined. */
export function agentById(id: string): Agent | undefined {
  return BY_ID.get(id);
}
