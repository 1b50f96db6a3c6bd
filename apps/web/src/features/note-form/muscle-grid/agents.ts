import type { Agent, DoseUnit, Injectate } from "@tpi/schemas";
import { AGENTS, doseOf, formatQuantity } from "@tpi/coding";

/**
 * The form's only door to the agent catalog and the dose arithmetic in @tpi/coding, so the grid shows
 * exactly the numbers the engine will code from.
 */
export const AGENT_OPTIONS = AGENTS.map((a) => ({ value: a.id, label: a.name }));

export function agentById(id: string | undefined): Agent | undefined {
  return AGENTS.find((a) => a.id === id);
}

/** The dose of one injectate (the engine's doseOf); its claim line is read from the engine's result. */
export type InjectateDose =
  { kind: "dose"; amount: number; unit: DoseUnit } | { kind: "problem"; message: string };

/** The dose of a (possibly half-typed) injectate, or null until it can be computed. */
export function injectateDose(injectate: Partial<Injectate> | undefined): InjectateDose | null {
  if (!injectate) return null;
  const { agentId, concentration, volumeMl } = injectate;
  if (!agentId || !concentration || typeof volumeMl !== "number" || !(volumeMl > 0)) return null;
  if (typeof concentration.value !== "number" || !(concentration.value > 0)) return null;
  const agent = agentById(agentId);
  if (!agent) return null;
  const dose = doseOf({ agentId, concentration, volumeMl }, agent);
  if ("error" in dose) return { kind: "problem", message: dose.error };
  return { kind: "dose", amount: dose.amount, unit: dose.unit };
}

/** An agent's usual strength: the concentration a new agent starts at. */
export function usualConcentration(agentId: string): Injectate["concentration"] | undefined {
  const first = agentById(agentId)?.commonConcentrations[0];
  return first ? { ...first } : undefined;
}

/** The units an agent is sold in (its common concentrations'), for the unit list. */
export function unitsFor(agentId: string | undefined): Injectate["concentration"]["unit"][] {
  const units = agentById(agentId)?.commonConcentrations.map((c) => c.unit) ?? [];
  return [...new Set(units)];
}

/** A new injectate: the first catalog agent at its commonest concentration, volume still to be typed. */
export function defaultInjectate(): Injectate {
  const agent = AGENTS[0];
  const concentration = agent?.commonConcentrations[0] ?? { value: 1, unit: "percent" as const };
  return { agentId: agent?.id ?? "lidocaine", concentration: { ...concentration }, volumeMl: 1 };
}

/** Doses, volumes and strengths as the engine's rationale and the narrative write them. */
export const formatAmount = formatQuantity;

const UNIT_TEXT: Record<Injectate["concentration"]["unit"], string> = {
  percent: "%",
  "mg/mL": "mg/mL",
  "units/mL": "units/mL",
};

/** "Lidocaine 1 % 3 mL + Bupivacaine 0.25 % 2 mL": what "same injectate as the row above" copies. */
export function injectateSummary(
  injectates: readonly Partial<{
    agentId: string;
    concentration: Partial<Injectate["concentration"]>;
    volumeMl: number;
  }>[],
): string {
  if (injectates.length === 0) return "none";
  return injectates
    .map((i) => {
      const name = agentById(i.agentId)?.name ?? i.agentId ?? "agent not chosen";
      const c = i.concentration;
      const strength =
        typeof c?.value === "number" && c.unit
          ? ` ${formatQuantity(c.value)} ${UNIT_TEXT[c.unit]}`
          : "";
      const volume = typeof i.volumeMl === "number" ? ` ${formatQuantity(i.volumeMl)} mL` : "";
      return `${name}${strength}${volume}`;
    })
    .join(" + ");
}
