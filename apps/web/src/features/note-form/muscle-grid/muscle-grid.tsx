import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { Muscle, MuscleRow, Side } from "@tpi/schemas";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues } from "../form-types";
import { MuscleCombobox } from "./muscle-combobox";
import { MuscleRowEditor } from "./muscle-row-editor";
import { injectateChoiceId } from "./injectate-choice";
import { duplicateGroups, newMuscleRow, rowCount, type SideChoice } from "./muscle-rows";

const SIDE_CHOICES: { value: SideChoice; label: string }[] = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" },
  { value: "both", label: "Both sides" },
  { value: "midline", label: "Midline" },
];

/**
 * The muscles injected: one row per muscle and side. Rows are keyed by their own rowId, so an edit,
 * a removal or a move touches that row only; a duplicate is flagged, never merged; "both sides" adds two
 * rows. Nothing is copied into a new row behind the user's back (issue 10, kind 2): a new row starts
 * with no injectate and says it is incomplete, offering "same injectate as the row above", a new
 * injectate or dry needling, and the keyboard moves to that choice. The two rows of "both sides" share
 * one injectate: the second shows that it follows the first, until the user gives it its own.
 */
/**
 * Other ways to add rows, passed in by the app (favourites, body diagram) so this feature imports no
 * other: they get the rows (muscle and side) and two ways to add.
 */
export type MuscleTools = ComponentType<{
  rows: readonly { muscleId: string; side: Side }[];
  addMuscle: (muscleId: string, side: SideChoice) => void;
  addRows: (rows: MuscleRow[]) => void;
}>;

export function MuscleGrid({ tools: Tools }: { tools?: MuscleTools | undefined }) {
  const { control, getValues } = useFormContext<NoteFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "procedure.muscles" });
  const rows = useWatch({ control, name: "procedure.muscles" });
  const duplicates = useMemo(() => duplicateGroups(rows ?? []), [rows]);
  const [side, setSide] = useState<SideChoice | null>(null);
  const [pending, setPending] = useState<Muscle | null>(null);
  const [announcement, setAnnouncement] = useState("");
  /** "Both sides" pairs: the second row's id -> the first's. Kept while the second follows the first. */
  const [pairs, setPairs] = useState<ReadonlyMap<string, string>>(new Map());
  const comboboxId = fieldDomId("procedure.muscles");

  const add = (muscle: Muscle, choice: SideChoice, moveFocus = true) => {
    const current = getValues("procedure.muscles") ?? [];
    const sides: Side[] = !muscle.paired
      ? ["midline"]
      : choice === "both"
        ? ["left", "right"]
        : [choice];
    const added = sides.map((s) => newMuscleRow(muscle.id, s));
    append(added, { shouldFocus: false });
    const [first, second] = added;
    if (first && second) setPairs((m) => new Map(m).set(second.rowId, first.rowId));
    setPending(null);
    setAnnouncement(
      `Added ${sides.map((s) => `${s} ${muscle.name}`).join(" and ")}: choose its injectate. ${rowCount(current.length + sides.length)}.`,
    );
    // The keyboard goes to the new row's injectate choice, where the row says what it still needs.
    if (moveFocus) focusControl(injectateChoiceId(current.length));
  };

  const onPick = (muscle: Muscle) => {
    if (side === null && muscle.paired) {
      setPending(muscle);
      setAnnouncement(`Choose a side for ${muscle.name}.`);
      focusControl(`${comboboxId}-pending-left`);
      return;
    }
    add(muscle, side ?? "midline");
  };

  const focusControl = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());

  const moveRow = (from: number, direction: "up" | "down") => {
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= fields.length) return;
    const row = rows?.[from];
    move(from, to);
    const name = row ? (muscleById(row.muscleId)?.name ?? row.muscleId) : "Row";
    setAnnouncement(`Moved ${row?.side ?? ""} ${name} to position ${to + 1}.`);
    // Keep the keyboard on the same row's button after it moved, or its other button at the edge.
    const edge = direction === "up" ? to === 0 : to === fields.length - 1;
    const button = edge ? (direction === "up" ? "down" : "up") : direction;
    focusControl(`${fieldDomId(`procedure.muscles.${to}`)}-${button}`);
  };

  const removeRow = (index: number) => {
    const row = rows?.[index];
    remove(index);
    if (row) {
      // A row that followed the removed one keeps what it has, as its own.
      setPairs((m) => new Map([...m].filter(([a, b]) => a !== row.rowId && b !== row.rowId)));
    }
    const name = row ? (muscleById(row.muscleId)?.name ?? row.muscleId) : "Row";
    setAnnouncement(`Removed ${row?.side ?? ""} ${name}. ${rowCount(fields.length - 1)}.`);
    focusControl(comboboxId);
  };

  const unlink = (rowId: string) => setPairs((m) => new Map([...m].filter(([a]) => a !== rowId)));

  // The rows get stable callbacks (see MuscleRowEditor's memo); these read the latest state through a ref.
  const latest = useRef({ moveRow, removeRow, unlink });
  useLayoutEffect(() => {
    latest.current = { moveRow, removeRow, unlink };
  });
  const onMove = useCallback(
    (index: number, direction: "up" | "down") => latest.current.moveRow(index, direction),
    [],
  );
  const onRemove = useCallback((index: number) => latest.current.removeRow(index), []);
  const onUnlink = useCallback((rowId: string) => latest.current.unlink(rowId), []);
  const indexById = new Map((rows ?? []).map((r, i) => [r.rowId, i]));

  return (
    <div className="muscle-grid">
      <div className="muscle-adder">
        <fieldset className="field side-choice">
          <legend>Side for the next muscle</legend>
          <div className="segmented">
            {SIDE_CHOICES.map((c) => (
              <span key={c.value} className="segment">
                <input
                  type="radio"
                  name="muscle-adder-side"
                  id={`muscle-adder-side-${c.value}`}
                  value={c.value}
                  checked={side === c.value}
                  onChange={() => setSide(c.value)}
                />
                <label htmlFor={`muscle-adder-side-${c.value}`}>{c.label}</label>
              </span>
            ))}
          </div>
        </fieldset>
        <MuscleCombobox
          id={comboboxId}
          label="Add muscle"
          hint="Type a muscle name or abbreviation and press Enter."
          onPick={onPick}
        />
      </div>
      {pending ? (
        // Explicit buttons, not the radios: arrowing through radios would add the muscle on the first
        // side the arrow passes.
        <div className="alert alert-info" role="group" aria-labelledby={`${comboboxId}-pending`}>
          <p id={`${comboboxId}-pending`}>Which side was {pending.name} injected on?</p>
          <div className="button-row">
            <button
              type="button"
              id={`${comboboxId}-pending-left`}
              className="button button-secondary"
              onClick={() => add(pending, "left")}
            >
              Left {pending.name}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => add(pending, "right")}
            >
              Right {pending.name}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => add(pending, "both")}
            >
              {pending.name} on both sides
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setPending(null);
                focusControl(comboboxId);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {Tools ? (
        <Tools
          rows={(rows ?? []).map((r) => ({ muscleId: r.muscleId, side: r.side }))}
          addMuscle={(muscleId, chosen) => {
            const muscle = muscleById(muscleId);
            // From the body diagram: the keyboard stays on the diagram for the next region.
            if (muscle) add(muscle, chosen, false);
          }}
          addRows={(added) => {
            append(added, { shouldFocus: false });
            setAnnouncement(
              `Added ${rowCount(added.length)}. ${rowCount(fields.length + added.length)}.`,
            );
          }}
        />
      ) : null}

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {fields.length === 0 ? (
        <p className="muted empty-grid">No muscles yet. Add each muscle injected, with its side.</p>
      ) : (
        <ol className="muscle-rows" aria-label="Muscles injected">
          {fields.map((field, index) => {
            const source = pairs.get(field.rowId);
            const sourceIndex = source === undefined ? undefined : indexById.get(source);
            return (
              <MuscleRowEditor
                key={field.rowId}
                index={index}
                isLast={index === fields.length - 1}
                duplicateOf={duplicates.get(field.rowId) ?? null}
                followsRow={sourceIndex ?? null}
                onMove={onMove}
                onRemove={onRemove}
                onUnlink={onUnlink}
              />
            );
          })}
        </ol>
      )}
    </div>
  );
}
