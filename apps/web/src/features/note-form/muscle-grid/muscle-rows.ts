import type { Injectate, MuscleRow, Side } from "@tpi/schemas";
import { freshRowId } from "../../../shared/row-id";
import type { NoteFormValues } from "../form-types";

export type SideChoice = Side | "both";

type FormMuscleRow = NonNullable<NonNullable<NoteFormValues["procedure"]>["muscles"]>[number];
type FormInjectate = NonNullable<FormMuscleRow["injectates"]>[number];

/**
 * A fresh row with its own id and no injectate: the row is incomplete until the user chooses its
 * injectate (or the row above's, or dry needling) where it is shown. Nothing is copied silently.
 */
export function newMuscleRow(muscleId: string, side: Side): MuscleRow {
  return { rowId: freshRowId(), muscleId, side, triggerPoints: 1, injectates: [] };
}

/** A deep copy of injectates, so editing one row never edits another. */
export function copyInjectates(injectates: readonly (Injectate | FormInjectate)[]): Injectate[] {
  return injectates.map((i) => ({
    agentId: i.agentId,
    concentration: { ...i.concentration },
    volumeMl: i.volumeMl,
  }));
}

/** "1 row", "3 rows". */
export function rowCount(n: number): string {
  return `${n} ${n === 1 ? "row" : "rows"}`;
}

/**
 * Agents entered more than once in one row, with the 1-based positions of their injectates: two
 * injectates of lidocaine in one muscle add up on the claim, so they are flagged, never merged.
 */
export function repeatedAgents(
  injectates: readonly Partial<Pick<Injectate, "agentId">>[],
): { agentId: string; positions: number[] }[] {
  const byAgent = new Map<string, number[]>();
  injectates.forEach((i, index) => {
    if (!i.agentId) return;
    byAgent.set(i.agentId, [...(byAgent.get(i.agentId) ?? []), index + 1]);
  });
  return [...byAgent]
    .filter(([, positions]) => positions.length > 1)
    .map(([agentId, positions]) => ({ agentId, positions }));
}

/**
 * For each row that shares its muscle and side with an earlier row: the 1-based positions of the others.
 * Rows are never merged: the clinician decides whether two rows were one entry typed twice.
 */
export function duplicateGroups(
  rows: readonly Pick<FormMuscleRow, "rowId" | "muscleId" | "side">[],
): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  rows.forEach((row, index) => {
    const key = `${row.muscleId}|${row.side}`;
    byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  const result = new Map<string, number[]>();
  for (const indexes of byKey.values()) {
    if (indexes.length < 2) continue;
    for (const i of indexes) {
      const row = rows[i];
      if (row) {
        result.set(
          row.rowId,
          indexes.filter((j) => j !== i).map((j) => j + 1),
        );
      }
    }
  }
  return result;
}
