import type { Agent, Muscle, MuscleRow, Note, Region } from "@tpi/schemas";
import { agentById } from "../catalogs/agents.table.js";
import { doseOf } from "../catalogs/dose.js";
import { muscleById } from "../catalogs/muscle-search.js";

/**
 * The only code that reads the note. Everything the rules need is derived here once, with the note
 * field path each fact came from, so results can cite their evidence.
 */

export interface RowFact {
  readonly row: MuscleRow;
  readonly index: number;
  readonly path: string;
  readonly muscle: Muscle | undefined;
  /** "muscle|side" (parts of one muscle share the muscle): the unit the trigger point codes count. */
  readonly key: string;
  readonly injected: boolean;
}

export interface AgentUse {
  readonly agent: Agent;
  /** Total dose across every row, in the agent's dose unit. */
  readonly amount: number;
  readonly unit: "mg" | "units";
  readonly volumeMl: number;
  readonly paths: readonly string[];
}

export interface NoteFacts {
  readonly note: Note;
  readonly rows: readonly RowFact[];
  /** Distinct (muscle, side) pairs that received an injectate, with the rows naming each. */
  readonly injected: ReadonlyMap<string, readonly RowFact[]>;
  /** Distinct pairs needled without injectate (and not also injected). */
  readonly needled: ReadonlyMap<string, readonly RowFact[]>;
  readonly unknownMuscles: readonly RowFact[];
  /** Regions of the muscles worked on (injected or needled), with their rows. */
  readonly regions: ReadonlyMap<Region, readonly RowFact[]>;
  readonly agents: ReadonlyMap<string, AgentUse>;
  readonly unknownAgents: readonly { readonly path: string; readonly agentId: string }[];
  readonly doseErrors: readonly { readonly path: string; readonly message: string }[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function deriveFacts(note: Note): NoteFacts {
  const rows: RowFact[] = note.procedure.muscles.map((row, index) => ({
    row,
    index,
    path: `procedure.muscles.${index}`,
    muscle: muscleById(row.muscleId),
    // Parts of one muscle (upper and middle trapezius) are one muscle for the count.
    key: `${muscleById(row.muscleId)?.partOf ?? row.muscleId}|${row.side}`,
    injected: row.injectates.length > 0,
  }));

  const injected = new Map<string, RowFact[]>();
  const needledAll = new Map<string, RowFact[]>();
  const regions = new Map<Region, RowFact[]>();
  const unknownMuscles: RowFact[] = [];
  for (const r of rows) {
    if (!r.muscle) {
      unknownMuscles.push(r);
      continue;
    }
    push(r.injected ? injected : needledAll, r.key, r);
    push(regions, r.muscle.region, r);
  }
  const needled = new Map([...needledAll].filter(([key]) => !injected.has(key)));

  const agents = new Map<string, AgentUse>();
  const unknownAgents: { path: string; agentId: string }[] = [];
  const doseErrors: { path: string; message: string }[] = [];
  for (const r of rows) {
    for (const [j, inj] of r.row.injectates.entries()) {
      const path = `${r.path}.injectates.${j}`;
      const agent = agentById(inj.agentId);
      if (!agent) {
        unknownAgents.push({ path: `${path}.agentId`, agentId: inj.agentId });
        continue;
      }
      const dose = doseOf(inj, agent);
      if ("error" in dose) {
        doseErrors.push({ path: `${path}.concentration.unit`, message: dose.error });
        continue;
      }
      const prev = agents.get(agent.id);
      agents.set(agent.id, {
        agent,
        amount: (prev?.amount ?? 0) + dose.amount,
        unit: dose.unit,
        volumeMl: (prev?.volumeMl ?? 0) + inj.volumeMl,
        paths: [...(prev?.paths ?? []), path],
      });
    }
  }

  return {
    note,
    rows,
    injected,
    needled,
    unknownMuscles,
    regions,
    agents,
    unknownAgents,
    doseErrors,
  };
}
