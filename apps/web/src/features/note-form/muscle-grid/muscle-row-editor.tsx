import { memo, useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import type { NoteFormValues } from "../form-types";
import { SIDE } from "../options";
import { InjectateEditor } from "./injectate-editor";
import { agentById, defaultInjectate } from "./agents";
import { DryNeedlingChosen, FollowsRow, InjectateChoice } from "./injectate-choice";
import { repeatedAgents } from "./muscle-rows";
import { StatusMark } from "../../../shared/ui/status-mark";

type Props = {
  index: number;
  isLast: boolean;
  /** 1-based positions of rows with the same muscle and side, or null. */
  duplicateOf: readonly number[] | null;
  /** The index of the row this one follows ("both sides": the same injectate), or null. */
  followsRow: number | null;
  /** Stable callbacks taking the row's index, so an unchanged row is not re-rendered. */
  onMove: (index: number, direction: "up" | "down") => void;
  onRemove: (index: number) => void;
  onUnlink: (rowId: string) => void;
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
    a.followsRow === b.followsRow &&
    a.onMove === b.onMove &&
    a.onRemove === b.onRemove &&
    a.onUnlink === b.onUnlink &&
    samePositions(a.duplicateOf, b.duplicateOf)
  );
});

function samePositions(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function MuscleRow({ index, isLast, duplicateOf, followsRow, onMove, onRemove, onUnlink }: Props) {
  const { control, getValues, setValue } = useFormContext<NoteFormValues>();
  const base = `procedure.muscles.${index}` as const;
  const muscleId = useWatch({ control, name: `${base}.muscleId` });
  const side = useWatch({ control, name: `${base}.side` });
  const dryNeedling = useWatch({ control, name: `${base}.dryNeedling` }) === true;
  const injectates = useWatch({ control, name: `${base}.injectates` }) ?? [];
  const { fields, append, remove } = useFieldArray({ control, name: `${base}.injectates` });
  const [said, setSaid] = useState("");
  const repeated = repeatedAgents(injectates);
  const focusSoon = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());
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
        {followsRow !== null ? (
          <FollowsRow
            index={index}
            sourceIndex={followsRow}
            onUnlink={() => {
              const rowId = getValues(`${base}.rowId`);
              if (rowId) onUnlink(rowId);
              setSaid("This side now has its own injectate.");
            }}
          />
        ) : fields.length === 0 && dryNeedling ? (
          <DryNeedlingChosen
            index={index}
            onUndo={() => focusSoon(fieldDomId(`${base}.injectates`))}
          />
        ) : fields.length === 0 ? (
          <InjectateChoice
            index={index}
            onChosen={(focusId, text) => {
              setSaid(text);
              focusSoon(focusId);
            }}
          />
        ) : null}
        {followsRow === null
          ? fields.map((f, j) => (
              <InjectateEditor
                key={f.id}
                path={`${base}.injectates.${j}`}
                position={j + 1}
                rowTitle={title}
                onRemove={() => remove(j)}
              />
            ))
          : null}
        {repeated.map((r) => (
          <p key={r.agentId} className="alert alert-warning" role="note">
            <StatusMark kind="warning" /> {agentById(r.agentId)?.name ?? r.agentId} is entered{" "}
            {r.positions.length} times in this row (injectates {r.positions.join(" and ")}): the
            doses add up on the claim. Remove one if it was entered twice.
          </p>
        ))}
        {followsRow === null && fields.length > 0 && fields.length < 4 ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              append(defaultInjectate());
              if (getValues(`${base}.dryNeedling`) === true) {
                setValue(`${base}.dryNeedling`, false, { shouldDirty: true });
              }
            }}
          >
            Add another injectate to {title}
          </button>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {said}
        </p>
      </div>
    </li>
  );
}

function capitalise(text: string | undefined): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
}
