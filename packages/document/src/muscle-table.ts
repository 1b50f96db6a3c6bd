import { agentById, doseOf, muscleById } from "@tpi/coding";
import type { Note, Side } from "@tpi/schemas";
import type { MuscleTableRow } from "./model.js";
import { agentName, capitalise, concentrationText, num } from "./narrative/words.js";

const SIDE: Record<Side, string> = { left: "Left", right: "Right", midline: "Midline" };

/** The muscle table: one table row per injectate, a dry-needled row as one row with no agent. */
export function muscleTable(note: Note): MuscleTableRow[] {
  return note.procedure.muscles.flatMap((r) => {
    const muscle = muscleById(r.muscleId)?.name ?? `Muscle "${r.muscleId}"`;
    const base = { rowId: r.rowId, muscle, side: SIDE[r.side], triggerPoints: r.triggerPoints };
    if (r.injectates.length === 0) {
      return [
        {
          ...base,
          continuation: false,
          agent: "None (needled only)",
          concentration: "-",
          volume: "-",
          dose: "-",
        },
      ];
    }
    return r.injectates.map((inj, i) => {
      const agent = agentById(inj.agentId);
      const dose = agent ? doseOf(inj, agent) : null;
      return {
        ...base,
        continuation: i > 0,
        agent: capitalise(agentName(inj.agentId)),
        concentration: concentrationText(inj.concentration),
        volume: `${num(inj.volumeMl)} mL`,
        dose: dose && "amount" in dose ? `${num(dose.amount)} ${dose.unit}` : "-",
      };
    });
  });
}
