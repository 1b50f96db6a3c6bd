import { useEffect } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { dequal } from "dequal/lite";
import type { Injectate } from "@tpi/schemas";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues } from "../form-types";
import { StatusMark } from "../../../shared/ui/status-mark";
import { defaultInjectate, injectateSummary } from "./agents";
import { copyInjectates } from "./muscle-rows";

type Rows = NonNullable<NonNullable<NoteFormValues["procedure"]>["muscles"]>;

/** The id of a row's injectate control: the first choice while undecided (focus and jump-to land here). */
export function injectateChoiceId(index: number): string {
  return fieldDomId(`procedure.muscles.${index}.injectates`);
}

function rowTitle(row: Rows[number] | undefined, index: number): string {
  if (!row) return `row ${index + 1}`;
  const name = muscleById(row.muscleId)?.name ?? row.muscleId;
  return `row ${index + 1}, ${row.side} ${name}`;
}

/** The nearest row above this one that has an injectate, with its position. */
function rowAboveWithInjectate(
  rows: Rows,
  index: number,
): { row: Rows[number]; at: number } | null {
  for (let i = index - 1; i >= 0; i--) {
    const row = rows[i];
    if (row && (row.injectates?.length ?? 0) > 0) return { row, at: i };
  }
  return null;
}

/**
 * A row with no injectate and no choice of dry needling: incomplete, said in words and a mark, with
 * the three choices that finish it. "Same injectate as the row above" copies that row's injectates
 * here, where the user sees them and can change or remove them.
 */
export function InjectateChoice({
  index,
  onChosen,
}: {
  index: number;
  /** After a choice: where the keyboard should go next (a field id), and what to announce. */
  onChosen: (focusId: string, said: string) => void;
}) {
  const { control, setValue, getValues } = useFormContext<NoteFormValues>();
  // What the choice says, as text: typing in other rows re-renders this only when it changes.
  const aboveText = useWatch({
    control,
    name: "procedure.muscles",
    compute: (rows) => {
      const found = rowAboveWithInjectate(rows ?? [], index);
      return found
        ? `${found.at}|${rowTitle(found.row, found.at)}: ${injectateSummary(found.row.injectates ?? [])}`
        : null;
    },
  });
  const aboveAt = aboveText === null ? null : Number(aboveText.slice(0, aboveText.indexOf("|")));
  const aboveLabel = aboveText === null ? "" : aboveText.slice(aboveText.indexOf("|") + 1);
  const base = `procedure.muscles.${index}` as const;
  const labelId = `${fieldDomId(base)}-choice-label`;
  const firstInjectateField = fieldDomId(`${base}.injectates.0.agentId`);
  const set = { shouldDirty: true, shouldValidate: true } as const;

  const chooseInjectates = (injectates: Injectate[], said: string) => {
    setValue(`${base}.injectates`, injectates, set);
    setValue(`${base}.dryNeedling`, false, set);
    onChosen(firstInjectateField, said);
  };

  const buttons = [
    aboveAt !== null
      ? {
          key: "same",
          label: `Same injectate as ${aboveLabel}`,
          act: () => {
            const source = getValues(`procedure.muscles.${aboveAt}.injectates`) ?? [];
            chooseInjectates(
              copyInjectates(source),
              `Copied the injectate of row ${aboveAt + 1}. Check it for this muscle.`,
            );
          },
        }
      : null,
    {
      key: "new",
      label: "Add injectate",
      act: () =>
        chooseInjectates([defaultInjectate()], "Injectate added: choose the agent and volume."),
    },
    {
      key: "dry",
      label: "Dry needling, no injectate",
      act: () => {
        setValue(`${base}.dryNeedling`, true, set);
        onChosen(fieldDomId(`${base}.dryNeedling`), "Dry needling chosen for this muscle.");
      },
    },
  ].filter((b) => b !== null);

  return (
    <div className="injectate-choice" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="injectate-choice-label">
        <StatusMark kind="incomplete" /> Choose this muscle&rsquo;s injectate, or dry needling.
      </p>
      <div className="button-row">
        {buttons.map((b, i) => (
          <button
            key={b.key}
            type="button"
            id={i === 0 ? injectateChoiceId(index) : undefined}
            className={`button button-small ${i === 0 ? "button-primary" : "button-secondary"}`}
            onClick={b.act}
          >
            {b.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A row chosen as dry needling: said plainly, with a way back to the choice. */
export function DryNeedlingChosen({ index, onUndo }: { index: number; onUndo: () => void }) {
  const { setValue } = useFormContext<NoteFormValues>();
  return (
    <p className="dry-needling-chosen">
      Dry needling, no injectate (not coded as a trigger point injection).{" "}
      <button
        type="button"
        id={fieldDomId(`procedure.muscles.${index}.dryNeedling`)}
        className="button button-quiet button-small"
        onClick={() => {
          setValue(`procedure.muscles.${index}.dryNeedling`, false, {
            shouldDirty: true,
            shouldValidate: true,
          });
          onUndo();
        }}
      >
        Change: choose an injectate
      </button>
    </p>
  );
}

/**
 * The second row of a "both sides" pair: it has the first row's injectate (or dry needling), kept in
 * step as the first is edited, and says so; "Give this side its own injectate" ends that.
 */
export function FollowsRow({
  index,
  sourceIndex,
  onUnlink,
}: {
  index: number;
  sourceIndex: number;
  onUnlink: () => void;
}) {
  const { control, setValue, getValues } = useFormContext<NoteFormValues>();
  const base = `procedure.muscles.${index}` as const;
  const source = useWatch({ control, name: `procedure.muscles.${sourceIndex}` });
  const sourceInjectates = source?.injectates;
  const sourceDry = source?.dryNeedling === true;

  useEffect(() => {
    const own = getValues(`${base}.injectates`) ?? [];
    const wanted = copyInjectates(sourceInjectates ?? []);
    if (!dequal(own, wanted)) {
      setValue(`${base}.injectates`, wanted, { shouldDirty: true, shouldValidate: true });
    }
    if ((getValues(`${base}.dryNeedling`) === true) !== sourceDry) {
      setValue(`${base}.dryNeedling`, sourceDry, { shouldDirty: true, shouldValidate: true });
    }
  }, [base, getValues, setValue, sourceInjectates, sourceDry]);

  const sourceTitle = rowTitle(source, sourceIndex);
  const what =
    (sourceInjectates?.length ?? 0) > 0
      ? injectateSummary(sourceInjectates ?? [])
      : sourceDry
        ? "dry needling, no injectate"
        : "not chosen yet";
  return (
    <div className="follows-row">
      <p>
        {(sourceInjectates?.length ?? 0) === 0 && !sourceDry ? (
          <>
            <StatusMark kind="incomplete" />{" "}
          </>
        ) : null}
        Same injectate as {sourceTitle} (both sides): {what}.
      </p>
      <button
        type="button"
        id={injectateChoiceId(index)}
        className="button button-quiet button-small"
        onClick={onUnlink}
      >
        Give this side its own injectate
      </button>
    </div>
  );
}
