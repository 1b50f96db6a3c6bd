import type { Agent, Finding, Muscle, MuscleRow, Note, Region, Vial } from "@tpi/schemas";
import { agentById } from "../catalogs/agents.table.js";
import { doseOf } from "../catalogs/dose.js";
import { muscleById } from "../catalogs/muscle-search.js";

/**
 * The only code that reads the note. Everything the rules need is derived here once, with the note
 * field path each fact came from, so results can cite their evidence.
 *
 * Order independence: every grouping is keyed and its keys sorted, so the same note with its rows,
 * findings, vials or prior sessions listed in another order gives the same facts (paths aside).
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

/** A vial record with its path in the note. */
export interface VialFact {
  readonly vial: Vial;
  readonly path: string;
}

/** Every exam finding recorded for one (muscle, side) key, from all of its entries. */
export interface FindingsFact {
  readonly flags: ReadonlySet<FindingFlag>;
  /** The first entry's path (in note order), for a finding to point at. */
  readonly path: string;
}

export const FINDING_FLAGS = [
  "tautBand",
  "tenderNodule",
  "referredPainReproduced",
  "localTwitchResponse",
] as const satisfies readonly (keyof Finding)[];
export type FindingFlag = (typeof FINDING_FLAGS)[number];

export interface NoteFacts {
  readonly note: Note;
  readonly rows: readonly RowFact[];
  /** Distinct (muscle, side) pairs that received an injectate, with the rows naming each. */
  readonly injected: ReadonlyMap<string, readonly RowFact[]>;
  /** Distinct pairs needled without injectate, dry needling chosen explicitly (and not also injected). */
  readonly needled: ReadonlyMap<string, readonly RowFact[]>;
  /**
   * Pairs injected with an agent whose injection is a procedure of its own (platelet-rich plasma: 0232T),
   * by that procedure code: they are that procedure's muscles, not counted in `injected` or `needled`.
   */
  readonly ownProcedures: ReadonlyMap<string, ReadonlyMap<string, readonly RowFact[]>>;
  /**
   * Rows with no injectate and no choice of dry needling yet: unfinished, not dry needling, so they
   * add no 20560 and no coverage warning (issue 10); signing waits for the choice.
   */
  readonly undecided: readonly RowFact[];
  readonly unknownMuscles: readonly RowFact[];
  /** Rows giving "midline" for a paired muscle: not counted, an error to correct. */
  readonly sideErrors: readonly RowFact[];
  /** Regions of the muscles worked on (injected or needled), with their rows. */
  readonly regions: ReadonlyMap<Region, readonly RowFact[]>;
  readonly agents: ReadonlyMap<string, AgentUse>;
  readonly unknownAgents: readonly { readonly path: string; readonly agentId: string }[];
  readonly doseErrors: readonly { readonly path: string; readonly message: string }[];
  /** Every vial record, by agent id, in note order. */
  readonly vials: ReadonlyMap<string, readonly VialFact[]>;
  /** Exam findings by (muscle, side) key. */
  readonly findings: ReadonlyMap<string, FindingsFact>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A map with its keys in sorted order, so iteration does not depend on the note's row order. */
function sortedByKey<K extends string, V>(map: Map<K, V>): Map<K, V> {
  let previous: string | undefined;
  let sorted = true;
  for (const key of map.keys()) {
    if (previous !== undefined && key < previous) {
      sorted = false;
      break;
    }
    previous = key;
  }
  if (sorted) return map;
  return new Map([...map].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
}

/** The counting key of a muscle and side: parts of one muscle (upper/middle trapezius) share it. */
export function muscleKey(muscleId: string, side: string): string {
  return `${muscleById(muscleId)?.partOf ?? muscleId}|${side}`;
}

/** The procedure code of the row's injection when an agent in it has one of its own (PRP: 0232T). */
function ownProcedureOf(row: MuscleRow): string | undefined {
  for (const inj of row.injectates) {
    const code = agentById(inj.agentId)?.procedureCode;
    if (code) return code;
  }
  return undefined;
}

export function deriveFacts(note: Note): NoteFacts {
  const rows: RowFact[] = note.procedure.muscles.map((row, index) => ({
    row,
    index,
    path: `procedure.muscles.${index}`,
    muscle: muscleById(row.muscleId),
    key: muscleKey(row.muscleId, row.side),
    injected: row.injectates.length > 0,
  }));

  const injectedAll = new Map<string, RowFact[]>();
  const needledAll = new Map<string, RowFact[]>();
  const ownAll = new Map<string, Map<string, RowFact[]>>();
  const regions = new Map<Region, RowFact[]>();
  const unknownMuscles: RowFact[] = [];
  const sideErrors: RowFact[] = [];
  const undecided: RowFact[] = [];
  for (const r of rows) {
    if (!r.muscle) {
      unknownMuscles.push(r);
      continue;
    }
    // Every catalog muscle is paired: "midline" names no side of it, so the row is not a muscle to count.
    if (r.muscle.paired && r.row.side === "midline") {
      sideErrors.push(r);
      continue;
    }
    if (!r.injected && r.row.dryNeedling !== true) {
      undecided.push(r);
      continue;
    }
    const own = ownProcedureOf(r.row);
    if (own) {
      const byKey = ownAll.get(own) ?? new Map<string, RowFact[]>();
      ownAll.set(own, byKey);
      push(byKey, r.key, r);
    } else push(r.injected ? injectedAll : needledAll, r.key, r);
    push(regions, r.muscle.region, r);
  }
  const ownProcedures = sortedByKey(
    new Map([...ownAll].map(([code, m]) => [code, sortedByKey(m)])),
  );
  for (const byKey of ownAll.values()) {
    for (const key of byKey.keys()) {
      injectedAll.delete(key);
      needledAll.delete(key);
    }
  }
  for (const key of injectedAll.keys()) needledAll.delete(key);
  const injected = sortedByKey(injectedAll);
  const needled = sortedByKey(needledAll);

  const agentsAll = new Map<
    string,
    { -readonly [K in keyof AgentUse]: AgentUse[K] } & { paths: string[] }
  >();
  const unknownAgents: { path: string; agentId: string }[] = [];
  const doseErrors: { path: string; message: string }[] = [];
  for (const r of rows) {
    const injectates = r.row.injectates;
    for (let j = 0; j < injectates.length; j++) {
      const inj = injectates[j]!;
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
      const use = agentsAll.get(agent.id);
      if (use) {
        use.amount += dose.amount;
        use.volumeMl += inj.volumeMl;
        use.paths.push(path);
      } else {
        agentsAll.set(agent.id, {
          agent,
          amount: dose.amount,
          unit: dose.unit,
          volumeMl: inj.volumeMl,
          paths: [path],
        });
      }
    }
  }

  const vials = new Map<string, VialFact[]>();
  const noteVials = note.procedure.vials;
  for (let i = 0; i < noteVials.length; i++) {
    const vial = noteVials[i]!;
    push(vials, vial.agentId, { vial, path: `procedure.vials.${i}` });
  }

  const flagsByKey = new Map<string, { flags: Set<FindingFlag>; path: string }>();
  for (let i = 0; i < note.findings.length; i++) {
    const f = note.findings[i]!;
    const key = muscleKey(f.muscleId, f.side);
    let entry = flagsByKey.get(key);
    if (!entry) {
      entry = { flags: new Set(), path: `findings.${i}` };
      flagsByKey.set(key, entry);
    }
    for (const flag of FINDING_FLAGS) if (f[flag]) entry.flags.add(flag);
  }

  return {
    note,
    rows,
    injected,
    needled,
    ownProcedures,
    undecided,
    unknownMuscles,
    sideErrors,
    regions: sortedByKey(regions),
    agents: sortedByKey(agentsAll),
    unknownAgents,
    doseErrors,
    vials,
    findings: flagsByKey,
  };
}
