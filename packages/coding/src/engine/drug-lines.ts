import { discardedUnitsFor, hcpcsUnitsFor } from "../catalogs/dose.js";
import type { ResultBuilder } from "./context.js";
import type { AgentUse } from "./facts.js";

/** The HCPCS code for a drug with no code of its own (DRUG-NOC-01). */
const UNCLASSIFIED_DRUG_CODE = "J3490";

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** Drug lines: HCPCS code and units from the dose, bundling per payer profile, JW/JZ for single-dose vials. */
export function addDrugLines(b: ResultBuilder): void {
  if (b.facts.injected.size === 0) return;
  for (const use of b.facts.agents.values()) addDrugLine(b, use);
}

function addDrugLine(b: ResultBuilder, use: AgentUse): void {
  const { agent, amount, unit, paths } = use;
  const firstPath = `${paths[0] ?? "procedure.muscles"}.agentId`;
  const doseText = `${fmt(amount)} ${unit}`;
  const evidence = paths.map((path) => ({ fact: "injectate", path, value: agent.name }));
  evidence.push({ fact: "totalDose", path: paths[0] ?? "procedure.muscles", value: doseText });

  if (b.payer?.bundledAgentClasses.includes(agent.class)) {
    b.finding(
      "DRUG-BUNDLED-01",
      "info",
      `${agent.name} ${doseText} is a ${agent.class.replaceAll("-", " ")}: part of the procedure under ${b.payer.name}, no drug line.`,
      firstPath,
    );
    return;
  }

  if (agent.unclassified) {
    b.line(["DRUG-NOC-01"], {
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
    });
    b.finding(
      "DRUG-NOC-01",
      "warning",
      `The claim needs, in item 19 / loop 2400 NTE: "${agent.name} ${doseText}, intramuscular injection".`,
      firstPath,
    );
    return;
  }

  const billing = hcpcsUnitsFor(agent, amount);
  if (!billing) {
    b.finding(
      "DRUG-NOCODE-01",
      "info",
      `${agent.name} has no HCPCS code for this use${agent.hcpcs.length > 0 ? ` (${agent.hcpcs.map((h) => `${h.code}${h.note ? `: ${h.note}` : ""}`).join("; ")})` : ""}: no drug line.`,
      firstPath,
    );
    return;
  }

  const modifiers: string[] = [];
  let discardedUnits = 0;
  const vialIndex = b.facts.note.procedure.vials.findIndex((v) => v.agentId === agent.id);
  const vial = b.facts.note.procedure.vials[vialIndex];
  if (b.payer?.requireJwJz) {
    if (!vial) {
      b.finding(
        "DRUG-VIAL-01",
        "warning",
        `Record whether ${agent.name} came from a single-dose or multi-dose vial (and any amount discarded): ${b.payer.name} requires JW or JZ on single-dose drugs.`,
        "procedure.vials",
      );
    } else if (vial.type === "single-dose" && vial.discardedAmount === null) {
      // Unknown waste: neither JZ ("nothing discarded") nor JW can be claimed until it is recorded.
      b.finding(
        "DRUG-VIAL-01",
        "warning",
        `Record how much ${agent.name} was discarded from the single-dose vial (0 if none): ${b.payer.name} requires JZ when none was, a JW line when some was.`,
        `procedure.vials.${vialIndex}.discardedAmount`,
      );
    } else if (vial.type === "single-dose") {
      // Waste already billed by rounding the administered units up is not billed again as JW.
      discardedUnits = discardedUnitsFor(billing, amount, vial.discardedAmount ?? 0);
      if (discardedUnits === 0) modifiers.push("JZ");
    }
  }
  if (b.payer?.requireNdc && (vial?.ndc ?? null) === null) {
    b.finding(
      "DRUG-VIAL-01",
      "warning",
      `${b.payer.name} requires the NDC of the ${agent.name} vial on the claim.`,
      "procedure.vials",
    );
  }

  const description = b.ctx.codeSets.hcpcs.get(billing.code)?.longDescription ?? billing.code;
  const rationale = `${agent.name} ${doseText} given; ${billing.code} is billed per ${fmt(billing.unitAmount)} ${unit}: ${doseText} ÷ ${fmt(billing.unitAmount)} ${unit} = ${billing.units} unit${billing.units === 1 ? "" : "s"} (rounded up).${billing.note ? ` ${billing.note}` : ""}`;
  const ruleIds = modifiers.includes("JZ") ? ["DRUG-UNITS-01", "DRUG-JWJZ-01"] : ["DRUG-UNITS-01"];
  b.line(ruleIds, {
    code: billing.code,
    kind: "hcpcs",
    description,
    modifiers,
    units: billing.units,
    pointTo: "procedure",
    rationale: modifiers.includes("JZ")
      ? `${rationale} Nothing was discarded from the single-dose vial: JZ.`
      : rationale,
    evidence,
    drug: {
      agentId: agent.id,
      dose: amount,
      doseUnit: unit,
      billingUnitAmount: billing.unitAmount,
      discardedUnits,
    },
  });
  if (discardedUnits > 0) {
    b.line(["DRUG-JWJZ-01"], {
      code: billing.code,
      kind: "hcpcs",
      description,
      modifiers: ["JW"],
      units: discardedUnits,
      pointTo: "procedure",
      rationale: `${fmt(vial?.discardedAmount ?? 0)} ${unit} of ${agent.name} discarded from the single-dose vial: ${discardedUnits} unit${discardedUnits === 1 ? "" : "s"} with JW.`,
      evidence: [
        {
          fact: "discardedAmount",
          path: `procedure.vials.${vialIndex}.discardedAmount`,
          value: vial?.discardedAmount ?? 0,
        },
      ],
      drug: {
        agentId: agent.id,
        dose: vial?.discardedAmount ?? 0,
        doseUnit: unit,
        billingUnitAmount: billing.unitAmount,
        discardedUnits,
      },
    });
  }
}
