import { memo } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import type { NoteFormValues } from "../form-types";
import { SIDE } from "../options";
import { InjectateEditor } from "./injectate-editor";
import { defaultInjectate } from "./agents";

type Props = {
  index: number;
  isLast: boolean;
  /** 1-based positions of rows with the same muscle and side, or null. */
  duplicateOf: readonly number[] | null;
  /** Stable callbacks taking the row's index, so an unchanged row is not re-rendered. */
  onMove: (index: number, direction: "up" | "down") => void;
  onRemove: (index: number) => void;
};

/**
 * One muscle row. Memoised: the grid re-renders on every keystroke in any row (it watches all rows for
 * duplicates), and re-rendering every row's fields made typing slower as the note grew; a row now
 * re-renders only when its own position, neighbours' duplicate marks or its watched values change.
 */
export const MuscleRowEditor = memo(MuscleRow, (a, b) => {
  return (
    a.index === b.index &&
    a.isLast === b.isLast &&
    a.onMove === b.onMove &&
    a.onRemove === b.onRemove &&
    samePositions(a.duplicateOf, b.duplicateOf)
  );
});

function samePositions(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function MuscleRow({ index, isLast, duplicateOf, onMove, onRemove }: Props) {
  const { control } = useFormContext<NoteFormValues>();
  const base = `procedure.muscles.${index}` as const;
  const muscleId = useWatch({ control, name: `${base}.muscleId` });
  const side = useWatch({ control, name: `${base}.side` });
  const { fields, append, remove } = useFieldArray({ control, name: `${base}.injectates` });
  const name = muscleById(muscleId ?? "")?.name ?? muscleId ?? "";
  const title = `${capitalise(side)} ${name}`;
  const rowDomId = fieldDomId(base);
  const headingId = `${rowDomId}-heading`;
  const warningId = `${rowDomId}-duplicate`;

  return (
    <li
      className={duplicateOf ? "muscle-row duplicate" : "muscle-row"}
      aria-labelledby={headingId}
      data-row-index={index}
    >
      <div className="muscle-row-head">
        <h3 id={headingId} className="muscle-row-title" tabIndex={-1}>
          <span className="row-number">{index + 1}</span>
          <span id={fieldDomId(`${base}.muscleId`)} tabIndex={-1}>
            {title}
          </span>
        </h3>
        <div className="row-actions">
          <button
            type="button"
            id={`${rowDomId}-up`}
            className="button button-quiet"
            onClick={() => onMove(index, "up")}
            disabled={index === 0}
            aria-label={`Move ${title} up`}
          >
            ↑ Up
          </button>
          <button
            type="button"
            id={`${rowDomId}-down`}
            className="button button-quiet"
            onClick={() => onMove(index, "down")}
            disabled={isLast}
            aria-label={`Move ${title} down`}
          >
            ↓ Down
          </button>
          <button
            type="button"
            className="button button-danger-quiet"
            onClick={() => onRemove(index)}
            aria-label={`Remove ${title}`}
          >
            Remove
          </button>
        </div>
      </div>
      {duplicateOf ? (
        <p className="alert alert-warning" id={warningId} role="note">
          Same muscle and side as row {duplicateOf.join(", ")}. Both rows are kept; it still counts
          as one muscle. Remove one if it was entered twice.
        </p>
      ) : null}
      <div className="grid grid-row">
        <SelectField path={`${base}.side`} label="Side" options={SIDE} />
        <NumberField
          path={`${base}.triggerPoints`}
          label="Trigger points"
          min={1}
          max={20}
          step={1}
        />
      </div>
      <div className="injectates">
        <h4 className="subheading">Injectate</h4>
        {fields.length === 0 ? (
          <p className="muted small">
            No injectate: needling only (dry needling is not coded as a trigger point injection).
          </p>
        ) : null}
        {fields.map((f, j) => (
          <InjectateEditor
            key={f.id}
            path={`${base}.injectates.${j}`}
            position={j + 1}
            rowTitle={title}
            onRemove={() => remove(j)}
          />
        ))}
        {fields.length < 4 ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => append(defaultInjectate())}
          >
            Add injectate to {title}
          </button>
        ) : null}
      </div>
    </li>
  );
}

function capitalise(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
}
