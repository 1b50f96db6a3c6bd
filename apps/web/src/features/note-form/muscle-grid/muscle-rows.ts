import type { Injectate, MuscleRow, Side } from "@tpi/schemas";
import { freshRowId } from "../../../shared/row-id";
import type { NoteFormValues } from "../form-types";

export type SideChoice = Side | "both";

type FormMuscleRow = NonNullable<NonNullable<NoteFormValues["procedure"]>["muscles"]>[number];
type FormInjectate = NonNullable<FormMuscleRow["injectates"]>[number];

/** A fresh row with its own id; injectates are deep-copied so editing one row never edits another. */
export function newMuscleRow(
  muscleId: string,
  side: Side,
  injectates: readonly (Injectate | FormInjectate)[] = [],
): MuscleRow {
  return {
    rowId: freshRowId(),
    muscleId,
    side,
    triggerPoints: 1,
    injectates: injectates.map((i) => ({
      agentId: i.agentId,
      concentration: { ...i.concentration },
      volumeMl: i.volumeMl,
    })),
  };
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
