import type { ClaimLine } from "@tpi/schemas";
import {
  discardedLinesFor,
  formatQuantity,
  hcpcsLinesFor,
  type HcpcsUnits,
} from "../catalogs/dose.js";
import type { ResultBuilder } from "./context.js";
import type { AgentUse, VialFact } from "./facts.js";
import { AGENT_CLASS_LABELS, amountText, countOf, perAmount } from "./labels.table.js";
import { ndcToEleven } from "./ndc.js";

/** The HCPCS code for a drug with no code of its own (DRUG-NOC-01). */
export const UNCLASSIFIED_DRUG_CODE = "J3490";

/** The one number formatter (catalogs/dose.ts), as the form and the narrative use it. */
const fmt = formatQuantity;

/** Drug lines: HCPCS code and units from the dose, bundling per payer profile, JW/JZ for single-dose vials. */
export function addDrugLines(b: ResultBuilder): void {
  if (b.facts.injected.size === 0 && b.facts.ownProcedures.size === 0) return;
  for (const use of b.facts.agents.values()) {
    // An agent whose injection is its own procedure (PRP, 0232T) is part of that line.
    if (use.agent.procedureCode === undefined) addDrugLine(b, use);
  }
}

type DrugInfo = NonNullable<ClaimLine["drug"]>;

function addDrugLine(b: ResultBuilder, use: AgentUse): void {
  const { agent, amount, unit, paths } = use;
  const firstPath = `${paths[0] ?? "procedure.muscles"}.agentId`;
  const doseText = amountText(fmt(amount), unit);
  const evidence = paths.map((path) => ({ fact: "injectate", path, value: agent.name }));
  evidence.push({ fact: "totalDose", path: paths[0] ?? "procedure.muscles", value: doseText });

  if (b.payer?.bundledAgentClasses.includes(agent.class)) {
    b.finding(
      "DRUG-BUNDLED-01",
      "info",
      `${agent.name} ${doseText} is a ${AGENT_CLASS_LABELS[agent.class]}: part of the procedure under ${b.payer.name}, no drug line.`,
      firstPath,
    );
    return;
  }

  if (agent.unclassified) {
    b.line(
      ["DRUG-NOC-01"],
      {
        code: UNCLASSIFIED_DRUG_CODE,
        kind: "hcpcs",
        description:
          b.ctx.codeSets.hcpcs.get(UNCLASSIFIED_DRUG_CODE)?.longDescription ?? "Unclassified drug",
        modifiers: [],
        units: 1,
        pointTo: "procedure",
        rationale: `${agent.name} has no HCPCS code of its own: ${UNCLASSIFIED_DRUG_CODE}, with the drug name, dose and route on the claim.`,
        evidence,
        drug: {
          agentId: agent.id,
          dose: amount,
          doseUnit: unit,
          billingUnitAmount: amount,
          discardedUnits: 0,
        },
      },
      firstPath,
    );
    b.finding(
      "DRUG-NOC-01",
      "warning",
      `The claim needs, in item 19 / loop 2400 NTE: "${agent.name} ${doseText}, intramuscular injection".`,
      firstPath,
    );
    return;
  }

  const notPayable = b.payer?.notPayableCodes ?? [];
  const lines = hcpcsLinesFor(agent, amount, notPayable);
  if (lines.length === 0) {
    const listed = agent.hcpcs.map((h) => h.code).filter((c) => notPayable.includes(c));
    b.finding(
      "DRUG-NOCODE-01",
      "info",
      `${agent.name} has no HCPCS code for this use${listed.length > 0 ? ` that ${b.payer?.name ?? "the payer"} pays (${listed.join(", ")} not payable)` : ""}: no drug line.`,
      firstPath,
    );
    return;
  }

  const vials = b.facts.vials.get(agent.id) ?? [];
  const waste = b.payer?.requireJwJz ? wasteOf(b, use, vials) : { known: false, amount: 0 };
  const jwLines =
    waste.known && waste.amount > 0 && b.inForce("DRUG-JW-01")
      ? discardedLinesFor(agent, amount, waste.amount, notPayable)
      : [];
  const jz = waste.known && jwLines.length === 0 && b.inForce("DRUG-JWJZ-01");
  const ndc = b.payer?.requireNdc ? ndcFor(b, use, vials) : null;

  const total = lines.map((l) => `${l.code} x ${l.units}`).join(" + ");
  for (const line of lines) {
    const description = b.ctx.codeSets.hcpcs.get(line.code)?.longDescription ?? line.code;
    const per = perAmount(fmt(line.unitAmount), unit);
    const rationale =
      lines.length === 1
        ? `${agent.name} ${doseText} given; ${line.code} is billed ${per}: ${doseText} ÷ ${amountText(fmt(line.unitAmount), unit)} = ${countOf(line.units, "unit")} (rounded up to a whole unit).`
        : `${agent.name} ${doseText} given; the dose bands express it as ${total} (rounded up only for a remainder no band covers); ${line.code} is billed ${per}: ${countOf(line.units, "unit")}.`;
    const drug: DrugInfo = {
      agentId: agent.id,
      dose: amount,
      doseUnit: unit,
      billingUnitAmount: line.unitAmount,
      discardedUnits: jwLines.find((j) => j.code === line.code)?.units ?? 0,
      ndc,
    };
    b.line(
      jz ? ["DRUG-UNITS-01", "DRUG-JWJZ-01"] : ["DRUG-UNITS-01"],
      {
        code: line.code,
        kind: "hcpcs",
        description,
        modifiers: jz ? ["JZ"] : [],
        units: line.units,
        pointTo: "procedure",
        rationale: jz
          ? `${rationale} Nothing was discarded from the single-dose vial: JZ.`
          : rationale,
        evidence,
        drug,
      },
      firstPath,
    );
  }
  for (const jw of jwLines) addJwLine(b, use, jw, waste.amount, vials, ndc);
}

/** What was discarded from the agent's single-dose vials, read from every vial record of it. */
function wasteOf(
  b: ResultBuilder,
  use: AgentUse,
  vials: readonly VialFact[],
): { known: boolean; amount: number } {
  const payerName = b.payer?.name ?? "The payer";
  if (vials.length === 0) {
    b.finding(
      "DRUG-VIAL-01",
      "warning",
      `Record whether ${use.agent.name} came from a single-dose or multi-dose vial (and any amount discarded): ${payerName} requires JW or JZ on single-dose drugs.`,
      "procedure.vials",
    );
    return { known: false, amount: 0 };
  }
  const single = vials.filter((v) => v.vial.type === "single-dose");
  if (single.length === 0) return { known: false, amount: 0 };
  const blank = single.filter((v) => v.vial.discardedAmount === null);
  for (const v of blank) {
    // Unknown waste: neither JZ ("nothing discarded") nor JW can be claimed until it is recorded.
    b.finding(
      "DRUG-VIAL-01",
      "warning",
      `Record how much ${use.agent.name} was discarded from the single-dose vial (0 if none): ${payerName} requires JZ when none was, a JW line when some was.`,
      `${v.path}.discardedAmount`,
    );
  }
  if (blank.length > 0) return { known: false, amount: 0 };
  return { known: true, amount: single.reduce((sum, v) => sum + (v.vial.discardedAmount ?? 0), 0) };
}

/** The NDC as the claim carries it, from the agent's vial records, or a finding saying what is missing. */
function ndcFor(b: ResultBuilder, use: AgentUse, vials: readonly VialFact[]): DrugInfo["ndc"] {
  const codes = [...new Set(vials.map((v) => v.vial.ndc).filter((n): n is string => n !== null))]
    .map((n) => ndcToEleven(n))
    .filter((n): n is string => n !== undefined)
    .sort();
  const first = codes[0];
  if (!first) {
    b.finding(
      "DRUG-NDC-01",
      "warning",
      `${b.payer?.name ?? "The payer"} requires the NDC of the ${use.agent.name} vial on the claim: record it on the vial.`,
      vials[0] ? `${vials[0].path}.ndc` : "procedure.vials",
    );
    return null;
  }
  if (codes.length > 1) {
    b.finding(
      "DRUG-NDC-01",
      "warning",
      `${use.agent.name} came from vials with ${codes.length} different NDCs (${codes.join(", ")}): the claim needs one line per NDC with its own quantity; split the line by hand.`,
      "procedure.vials",
    );
  }
  // Liquids are measured in mL; an agent dosed in units (a reconstituted toxin) in vials (UN).
  return use.unit === "units"
    ? { qualifier: "N4", code11: first, unit: "UN", quantity: Math.max(1, vials.length) }
    : {
        qualifier: "N4",
        code11: first,
        unit: "ML",
        quantity: Math.round(use.volumeMl * 1000) / 1000,
      };
}

function addJwLine(
  b: ResultBuilder,
  use: AgentUse,
  jw: HcpcsUnits,
  discarded: number,
  vials: readonly VialFact[],
  ndc: DrugInfo["ndc"],
): void {
  const { agent, unit } = use;
  b.line(["DRUG-JW-01"], {
    code: jw.code,
    kind: "hcpcs",
    description: b.ctx.codeSets.hcpcs.get(jw.code)?.longDescription ?? jw.code,
    modifiers: ["JW"],
    units: jw.units,
    pointTo: "procedure",
    rationale: `${amountText(fmt(discarded), unit)} of ${agent.name} discarded from single-dose vials, beyond what rounding the dose up already bills: ${countOf(jw.units, "unit")} of ${jw.code} with JW.`,
    evidence: vials
      .filter((v) => v.vial.type === "single-dose")
      .map((v) => ({
        fact: "discardedAmount",
        path: `${v.path}.discardedAmount`,
        value: v.vial.discardedAmount ?? 0,
      })),
    drug: {
      agentId: agent.id,
      dose: discarded,
      doseUnit: unit,
      billingUnitAmount: jw.unitAmount,
      discardedUnits: jw.units,
      ndc,
    },
  });
}
