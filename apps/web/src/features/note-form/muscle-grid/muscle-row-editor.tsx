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
  count: number;
  /** 1-based positions of rows with the same muscle and side, or null. */
  duplicateOf: number[] | null;
  onMoveUp: () => void;
  onMoveDown: () => void;
  onRemove: () => void;
};

export function MuscleRowEditor({
  index,
  count,
  duplicateOf,
  onMoveUp,
  onMoveDown,
  onRemove,
}: Props) {
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
            onClick={onMoveUp}
            disabled={index === 0}
            aria-label={`Move ${title} up`}
          >
            ↑ Up
          </button>
          <button
            type="button"
            id={`${rowDomId}-down`}
            className="button button-quiet"
            onClick={onMoveDown}
            disabled={index === count - 1}
            aria-label={`Move ${title} down`}
          >
            ↓ Down
          </button>
          <button
            type="button"
            className="button button-danger-quiet"
            onClick={onRemove}
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
