import type { Evidence } from "@tpi/schemas";
import type { ResultBuilder } from "./context.js";
import { describeCode } from "./describe.js";
import type { RowFact } from "./facts.js";
import { COVERAGE_LABELS, GUIDANCE_LABELS } from "./labels.table.js";
import {
  bandFor,
  GUIDANCE_CODES,
  OWN_PROCEDURE_RULES,
  TENDON_CODES,
} from "./procedure-bands.table.js";

const sideWord = (side: string) => (side === "midline" ? "" : `${side} `);
/** "right upper trapezius": the row's own muscle and side, as a message names it. */
export const rowLabel = (r: RowFact) =>
  `${sideWord(r.row.side)}${r.muscle?.name.toLowerCase() ?? r.row.muscleId}`;

function pairEvidence(pairs: ReadonlyMap<string, readonly RowFact[]>): Evidence[] {
  return [...pairs.values()].map((rows) => {
    const first = rows[0]!;
    return { fact: "distinctMuscle", path: first.path, value: rowLabel(first) };
  });
}

function listMuscles(pairs: ReadonlyMap<string, readonly RowFact[]>): string {
  return [...pairs.values()].map((rows) => rowLabel(rows[0]!)).join(", ");
}

/** The first row of a group in note order (groups are built in note order, so it is rows[0]). */
function duplicateFindings(b: ResultBuilder, group: readonly RowFact[]): void {
  const [first, ...rest] = group;
  for (const dup of rest) {
    const same = dup.row.muscleId === first!.row.muscleId;
    b.finding(
      "CPT-TPI-03",
      "info",
      same
        ? `The ${rowLabel(dup)} is entered more than once; it counts as one muscle.`
        : `The ${rowLabel(dup)} is part of the same muscle as the ${rowLabel(first!)}; they count as one muscle.`,
      `${dup.path}.muscleId`,
    );
  }
}

/** Trigger point (20552/20553) and dry needling (20560/20561) lines from the distinct muscle count. */
export function addProcedureLines(b: ResultBuilder): void {
  const { injected, needled } = b.facts;

  // Duplicate rows for one muscle and side count once (CPT-TPI-03).
  for (const group of [...injected.values(), ...needled.values()]) {
    if (group.length > 1) duplicateFindings(b, group);
  }

  const injBand = bandFor("injection", injected.size);
  if (injBand) {
    const n = injected.size;
    b.line(
      [injBand.ruleId],
      {
        code: injBand.code,
        kind: "cpt",
        description: describeCode(injBand.code, b.ctx.codeSets.hcpcs),
        modifiers: [],
        units: 1,
        pointTo: "procedure",
        rationale: `Trigger points were injected in ${n} distinct muscle${n === 1 ? "" : "s"} (${listMuscles(injected)}): ${injBand.code}, one unit for the session.`,
        evidence: [
          { fact: "distinctInjectedMuscles", path: "procedure.muscles", value: n },
          ...pairEvidence(injected),
        ],
      },
      "procedure.muscles",
    );
    const sides = new Map<string, { name: string; sides: Set<string> }>();
    for (const rs of injected.values()) {
      const r = rs[0]!;
      const entry = sides.get(r.row.muscleId) ?? {
        name: r.muscle?.name.toLowerCase() ?? r.row.muscleId,
        sides: new Set<string>(),
      };
      for (const x of rs) entry.sides.add(x.row.side);
      sides.set(r.row.muscleId, entry);
    }
    const bilateral = [...sides.values()].filter(
      (e) => e.sides.has("left") && e.sides.has("right"),
    );
    if (bilateral.length > 0) {
      b.finding(
        "CPT-TPI-04",
        "info",
        `Both sides of the ${bilateral.map((e) => e.name).join(" and ")} were injected: each side counts as a muscle; no modifier 50, RT or LT on ${injBand.code}.`,
        "procedure.muscles",
      );
    }
  }

  const dnBand = bandFor("dry-needling", needled.size);
  if (dnBand) {
    const n = needled.size;
    b.line(
      [dnBand.ruleId],
      {
        code: dnBand.code,
        kind: "cpt",
        description: describeCode(dnBand.code, b.ctx.codeSets.hcpcs),
        modifiers: [],
        units: 1,
        pointTo: "procedure",
        rationale: `No injectate was recorded for ${n} muscle${n === 1 ? "" : "s"} (${listMuscles(needled)}): this is dry needling, ${dnBand.code}, not a trigger point injection code.`,
        evidence: [
          { fact: "distinctNeedledMuscles", path: "procedure.muscles", value: n },
          ...pairEvidence(needled),
        ],
      },
      "procedure.muscles",
    );
    if (injBand) {
      b.finding(
        "CPT-DN-02",
        "warning",
        `Some muscles were injected and others only needled in this session: ${injBand.code} and ${dnBand.code} are reported only for different muscles, and the dry needling line depends on the payer's coverage.`,
        "procedure.muscles",
      );
    }
  }
}

/**
 * An agent whose injection is a procedure of its own (PRP: 0232T, CPT-PRP-01): one unit for the session,
 * whatever the number of sites, with the muscles it was injected into; the agent has no drug line.
 */
export function addOwnProcedureLines(b: ResultBuilder): void {
  for (const [code, muscles] of b.facts.ownProcedures) {
    const ruleId = OWN_PROCEDURE_RULES[code];
    if (!ruleId) continue;
    const agents = [...b.facts.agents.values()]
      .filter((u) => u.agent.procedureCode === code)
      .map((u) => u.agent.name);
    const n = muscles.size;
    b.line(
      [ruleId],
      {
        code,
        kind: "cpt",
        description: describeCode(code, b.ctx.codeSets.hcpcs),
        modifiers: [],
        units: 1,
        pointTo: "procedure",
        rationale: `${agents.join(" and ")} was injected in ${n} muscle${n === 1 ? "" : "s"} (${listMuscles(muscles)}): ${code}, one unit for the session, which includes the blood draw, the preparation and any image guidance. No drug line for it, and ${n === 1 ? "this muscle is" : "these muscles are"} not counted toward 20552/20553.`,
        evidence: [
          { fact: "ownProcedureMuscles", path: "procedure.muscles", value: n },
          ...pairEvidence(muscles),
        ],
      },
      "procedure.muscles",
    );
  }
}

const normalizeStructure = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/** 20550/20551: one unit per distinct tendon structure (the same structure entered twice is one). */
export function addTendonLines(b: ResultBuilder): void {
  const byCode = new Map<string, { paths: string[]; names: string[]; keys: Set<string> }>();
  for (const [i, t] of b.facts.note.procedure.tendonInjections.entries()) {
    const code = TENDON_CODES[t.kind];
    const entry = byCode.get(code) ?? { paths: [], names: [], keys: new Set<string>() };
    const name = `${sideWord(t.side)}${normalizeStructure(t.structure)}`;
    const path = `procedure.tendonInjections.${i}`;
    const key = `${t.kind}|${name}`;
    if (entry.keys.has(key)) {
      b.finding(
        "CPT-TEN-01",
        "info",
        `The ${name} is entered more than once; it is one structure, one unit of ${code}.`,
        `${path}.structure`,
      );
      continue;
    }
    entry.keys.add(key);
    entry.paths.push(path);
    entry.names.push(name);
    byCode.set(code, entry);
  }
  for (const [code, { paths, names }] of [...byCode].sort(([a], [c]) => (a < c ? -1 : 1))) {
    b.line(
      ["CPT-TEN-01"],
      {
        code,
        kind: "cpt",
        description: describeCode(code, b.ctx.codeSets.hcpcs),
        modifiers: [],
        units: paths.length,
        pointTo: "procedure",
        rationale: `${names.length} structure${names.length === 1 ? "" : "s"} injected (${[...names].sort().join(", ")}): ${code}, one unit per structure.`,
        evidence: paths.map((path, i) => ({
          fact: "tendonStructure",
          path,
          value: names[i] ?? "",
        })),
      },
      "procedure.tendonInjections",
    );
  }
}

/** Imaging guidance line, or the payer's reason not to suggest it. */
export function addGuidanceLine(b: ResultBuilder): void {
  const { guidance, guidanceImagesRecorded } = b.facts.note.procedure;
  if (guidance === "palpation") return;
  const { code, coverageKey } = GUIDANCE_CODES[guidance];
  if (b.facts.injected.size === 0 && b.facts.needled.size === 0) {
    // Guidance of an injection that is a procedure of its own (0232T) is part of that procedure.
    for (const own of b.facts.ownProcedures.keys()) {
      const ruleId = OWN_PROCEDURE_RULES[own];
      if (!ruleId) continue;
      b.finding(
        ruleId,
        "info",
        `${GUIDANCE_LABELS[guidance]} guidance is part of ${own}: no ${code} line.`,
        "procedure.guidance",
      );
    }
    return;
  }
  const coverage = b.payer?.imagingGuidance[coverageKey] ?? "covered";
  if (coverage !== "covered") {
    const abn = b.payer?.abnModifier
      ? ` If billed anyway, obtain an ABN and append ${b.payer.abnModifier}.`
      : "";
    b.finding(
      "PAY-GUIDANCE-01",
      "warning",
      `${b.payer?.name ?? "This payer"} treats ${guidance} guidance of trigger point injections as ${COVERAGE_LABELS[coverage]}: ${code} is not suggested; expect a denial.${abn}`,
      "procedure.guidance",
    );
    return;
  }
  if (!guidanceImagesRecorded) {
    b.finding(
      "CPT-IMG-01",
      "warning",
      `${GUIDANCE_LABELS[guidance]} guidance is reported only with images recorded and interpreted; record that in the note to report ${code}.`,
      "procedure.guidanceImagesRecorded",
    );
    return;
  }
  b.line(
    ["CPT-IMG-01"],
    {
      code,
      kind: "cpt",
      description: describeCode(code, b.ctx.codeSets.hcpcs),
      modifiers: [],
      units: 1,
      pointTo: "procedure",
      rationale: `Needle placement was guided by ${guidance} with images recorded: ${code}, one unit.`,
      evidence: [
        { fact: "guidance", path: "procedure.guidance", value: guidance },
        { fact: "guidanceImagesRecorded", path: "procedure.guidanceImagesRecorded", value: true },
      ],
    },
    "procedure.guidance",
  );
}
