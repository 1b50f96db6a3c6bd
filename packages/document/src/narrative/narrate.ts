import { agentById, doseOf } from "@tpi/coding";
import { PAIN_SCALE_MAX, type Note } from "@tpi/schemas";
import {
  agentName,
  capitalise,
  concentrationText,
  listInWords,
  muscleWithSide,
  num,
} from "./words.js";

/** One printed section of the note. */
export interface NarrativeSection {
  readonly id:
    | "history"
    | "vitals"
    | "findings"
    | "conservative-care"
    | "consent"
    | "procedure"
    | "post-procedure"
    | "em"
    | "diagnoses";
  readonly heading: string;
  readonly text: string;
}

type Section = NarrativeSection;

const CARE_LABEL: Record<Note["conservativeCare"][number]["type"], string> = {
  "physical-therapy": "physical therapy",
  "home-exercise": "home exercise program",
  nsaids: "NSAIDs",
  "muscle-relaxants": "muscle relaxants",
  "heat-ice": "heat and ice",
  "activity-modification": "activity modification",
  massage: "massage",
  chiropractic: "chiropractic care",
  acetaminophen: "acetaminophen",
  other: "other care",
};

const INSTRUCTION_LABEL: Record<Note["procedure"]["postInstructions"][number], string> = {
  stretching: "stretching",
  ice: "ice",
  heat: "heat",
  hydration: "hydration",
  activity: "activity",
  "return-precautions": "return precautions",
  "follow-up": "follow-up",
};

const TENDON_KIND: Record<Note["procedure"]["tendonInjections"][number]["kind"], string> = {
  "tendon-sheath": "tendon sheath",
  ligament: "ligament",
  aponeurosis: "aponeurosis",
  "tendon-origin-insertion": "tendon origin/insertion",
};

const durationText = (d: { value: number; unit: string }) =>
  `${d.value} ${d.value === 1 ? d.unit.replace(/s$/, "") : d.unit}`;

function painScore(note: Note, score: number | null): string | null {
  if (score === null) return null;
  const scale = note.history.painScale;
  return scale ? `${num(score)}/${PAIN_SCALE_MAX[scale]} (${scale})` : num(score);
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const paragraph = (sentences: readonly (string | null | false)[]) =>
  sentences
    .filter((s): s is string => typeof s === "string" && s.trim() !== "")
    .map(sentence)
    .join(" ");

function history(note: Note): string {
  const h = note.history;
  const character =
    h.painCharacter.length > 0 ? capitalise(listInWords(h.painCharacter)) + " pain" : null;
  const onset = h.duration ? `for ${durationText(h.duration)}` : null;
  const pain = character
    ? [character, onset].filter(Boolean).join(" ")
    : onset
      ? `Pain ${onset}`
      : null;
  const before = painScore(note, h.painScoreBefore);
  return paragraph([
    pain,
    h.location && `Location: ${h.location}`,
    h.referredPain && `Referred pain: ${h.referredPain}`,
    h.functionalEffect && `Effect on function: ${h.functionalEffect}`,
    before && `Pain before the procedure ${before}`,
    h.functionalScale && `Functional scale: ${h.functionalScale}`,
  ]);
}

/** "Blood pressure 128/82 mmHg, heart rate 72/min, ...": only what was taken. */
function vitals(note: Note): string {
  const v = note.vitals;
  const bp =
    v.systolicMmHg !== null && v.diastolicMmHg !== null
      ? `blood pressure ${v.systolicMmHg}/${v.diastolicMmHg} mmHg`
      : null;
  const parts = [
    bp,
    v.heartRatePerMin !== null && `heart rate ${v.heartRatePerMin}/min`,
    v.respiratoryRatePerMin !== null && `respiratory rate ${v.respiratoryRatePerMin}/min`,
    v.temperatureF !== null && `temperature ${num(v.temperatureF)} °F`,
    v.spo2Percent !== null && `SpO2 ${v.spo2Percent} %`,
    v.weightLb !== null && `weight ${num(v.weightLb)} lb`,
  ].filter((p): p is string => typeof p === "string");
  return parts.length > 0 ? paragraph([capitalise(parts.join(", "))]) : "";
}

function findings(note: Note): string {
  return paragraph(
    note.findings.map((f) => {
      const signs = [
        f.tautBand && "taut band",
        f.tenderNodule && "tender nodule",
        f.referredPainReproduced && "palpation reproduces the referred pain",
        f.localTwitchResponse && "local twitch response",
        f.limitedRangeOfMotion && "limited range of motion",
      ].filter((s): s is string => typeof s === "string");
      return signs.length > 0
        ? `${capitalise(muscleWithSide(f.muscleId, f.side))}: ${listInWords(signs)}`
        : null;
    }),
  );
}

function conservativeCare(note: Note): string {
  const items = note.conservativeCare.map((c) => {
    const parts = [
      c.detail,
      c.duration && durationText(c.duration),
      c.response && `${c.response} response`,
      c.ongoing && "ongoing",
    ].filter((p): p is string => typeof p === "string" && p !== "");
    return parts.length > 0 ? `${CARE_LABEL[c.type]} (${parts.join("; ")})` : CARE_LABEL[c.type];
  });
  return items.length > 0 ? paragraph([capitalise(items.join("; "))]) : "";
}

function consent(note: Note): string {
  const c = note.consent;
  const obtained = c.obtained
    ? `${c.form ? capitalise(c.form) + " informed" : "Informed"} consent was obtained${c.obtainedBy ? ` by ${c.obtainedBy}` : ""}`
    : null;
  return paragraph([
    c.risksBenefitsAlternativesDiscussed && "Risks, benefits and alternatives were discussed",
    obtained,
  ]);
}

function procedure(note: Note): string {
  const p = note.procedure;
  const rows = p.muscles;
  const located = p.guidance === "palpation" ? "by palpation" : `under ${p.guidance} guidance`;
  const sites = rows.map((r) => `${muscleWithSide(r.muscleId, r.side)} (${r.triggerPoints})`);
  const needle = p.needleGauge ? `A ${p.needleGauge}-gauge needle` : "A needle";
  const technique = p.technique ? ` using a ${p.technique} technique` : "";
  const responses = [
    p.response.localTwitch && "local twitch response",
    p.response.release && "release",
  ].filter((s): s is string => typeof s === "string");
  const needleSentence =
    rows.length > 0
      ? `${needle} was inserted into each trigger point${technique}` +
        (responses.length > 0
          ? `; ${listInWords(responses)} ${responses.length > 1 ? "were" : "was"} obtained`
          : "")
      : null;

  const injected = rows.flatMap((r) =>
    r.injectates.map((inj) => {
      const agent = agentById(inj.agentId);
      const dose = agent ? doseOf(inj, agent) : null;
      const amount = dose && "amount" in dose ? ` (${num(dose.amount)} ${dose.unit})` : "";
      return `${concentrationText(inj.concentration)} ${agentName(inj.agentId)} ${num(inj.volumeMl)} mL${amount} into the ${muscleWithSide(r.muscleId, r.side)}`;
    }),
  );
  const dry = rows
    .filter((r) => r.injectates.length === 0)
    .map((r) => muscleWithSide(r.muscleId, r.side));

  const vials = p.vials.map((v) => {
    const agent = agentById(v.agentId);
    // Nothing is said of the waste until it is recorded (null), so the print never invents "none".
    const discarded =
      v.type !== "single-dose" || v.discardedAmount === null
        ? ""
        : v.discardedAmount > 0
          ? `, ${num(v.discardedAmount)}${agent ? ` ${agent.doseUnit}` : ""} discarded`
          : ", none discarded";
    return `${capitalise(agentName(v.agentId))} from a ${v.type} vial${v.ndc ? ` (NDC ${v.ndc})` : ""}${discarded}`;
  });

  const tendons = p.tendonInjections.map(
    (t) =>
      `${TENDON_KIND[t.kind]} of the ${t.side === "midline" ? "midline" : t.side} ${t.structure}`,
  );

  return paragraph([
    p.skinPrep && `Skin prepped with ${p.skinPrep}`,
    sites.length > 0 && `Trigger points identified ${located} in the ${listInWords(sites)}`,
    p.guidance !== "palpation" &&
      p.guidanceImagesRecorded &&
      "Images were recorded and interpreted",
    needleSentence,
    injected.length > 0 && `Injected: ${injected.join("; ")}`,
    dry.length > 0 && `Needled without injectate: ${listInWords(dry)}`,
    ...vials,
    tendons.length > 0 && `Also injected: ${tendons.join("; ")}`,
    p.otherBlocksSameSession && "Other blocks were performed in the same session",
  ]);
}

const TOLERATED: Record<NonNullable<Note["procedure"]["tolerance"]>, string> = {
  well: "well",
  fair: "fairly",
  poorly: "poorly",
};

const COMPLICATION: Record<Exclude<Note["procedure"]["complications"], null | "none">, string> = {
  bleeding: "bleeding",
  vasovagal: "vasovagal reaction",
  other: "other",
};

function postProcedure(note: Note): string {
  const p = note.procedure;
  const tolerance = p.tolerance
    ? `Patient tolerated the procedure ${TOLERATED[p.tolerance]}`
    : null;
  const none = p.complications === "none";
  const complication =
    p.complications && p.complications !== "none"
      ? `Complication: ${COMPLICATION[p.complications]}${p.complicationsDetail ? ` (${p.complicationsDetail})` : ""}`
      : null;
  const after = painScore(note, note.history.painScoreAfter);
  const instructions = p.postInstructions.map((i) => INSTRUCTION_LABEL[i]);
  return paragraph([
    tolerance && none ? `${tolerance} without complications` : tolerance,
    !tolerance && none && "No complications",
    complication,
    after && `Pain after the procedure ${after}`,
    instructions.length > 0 && `Instructed on ${listInWords(instructions)}`,
  ]);
}

function em(note: Note): string {
  const e = note.sameDayEm;
  if (!e) return "";
  return paragraph([
    `A significant, separately identifiable evaluation and management service (${e.level}) was provided the same day`,
    e.separateProblem && `Problem addressed: ${e.separateProblem}`,
    e.diagnosisCodes.length > 0 && `Diagnoses addressed: ${e.diagnosisCodes.join(", ")}`,
  ]);
}

function diagnoses(note: Note): string {
  return note.diagnoses.length > 0
    ? paragraph([note.diagnoses.map((c, i) => `${String.fromCharCode(65 + i)}. ${c}`).join("; ")])
    : "";
}

/**
 * The note as printed prose, section by section. Built only from what the note says: an empty field
 * adds nothing, and nothing is inferred (no "no complications" unless the note says none).
 */
export function narrateSections(note: Note): NarrativeSection[] {
  const sections: Section[] = [
    { id: "history", heading: "History", text: history(note) },
    { id: "vitals", heading: "Vitals", text: vitals(note) },
    { id: "findings", heading: "Examination", text: findings(note) },
    { id: "conservative-care", heading: "Conservative care", text: conservativeCare(note) },
    { id: "consent", heading: "Consent", text: consent(note) },
    { id: "procedure", heading: "Procedure", text: procedure(note) },
    { id: "post-procedure", heading: "After the procedure", text: postProcedure(note) },
    { id: "em", heading: "Evaluation and management", text: em(note) },
    { id: "diagnoses", heading: "Diagnoses", text: diagnoses(note) },
  ];
  return sections.filter((s) => s.text !== "");
}

/** The note as paragraphs ("Procedure: Skin prepped with chlorhexidine. ..."), one per non-empty section. */
export function narrate(note: Note): string[] {
  return narrateSections(note).map((s) => `${s.heading}: ${s.text}`);
}
