import { useState } from "react";
import { useFieldArray, useFormContext } from "react-hook-form";
import type { Side } from "@tpi/schemas";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { MuscleCombobox } from "../muscle-grid/muscle-combobox";
import { SidePicker } from "../muscle-grid/side-picker";
import { PAIN_SCALE } from "../options";
import { useNoteAnnotations } from "../annotations/note-annotations";
import { RecordPriorSessions } from "./record-prior-sessions";
import { Section } from "./section";

/**
 * Earlier TPI sessions: the LCD's repeat-injection limits and relief requirements are checked on them.
 * Those in this clinic's record come from the patient's signed notes, read-only; sessions done
 * elsewhere are entered by hand and marked as reported by the patient.
 */
export function PriorSessionsSection() {
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "priorSessions" });
  const { recordPriorSessions } = useNoteAnnotations();
  return (
    <Section path="priorSessions" title="Prior trigger point sessions">
      <RecordPriorSessions sessions={recordPriorSessions} />
      <h3 className="subsection-title">Done elsewhere, as reported</h3>
      {fields.length === 0 ? <p className="muted">None reported.</p> : null}
      <ol className="repeat-list" aria-label="Prior sessions done elsewhere">
        {fields.map((field, i) => (
          <li key={field.id} className="repeat-row">
            <p className="reported-mark">
              <span className="status status-reported">Reported</span> Session done elsewhere, as
              reported
            </p>
            <div className="grid grid-3">
              <TextField path={`priorSessions.${i}.date`} label="Date" type="date" />
              <SelectField
                path={`priorSessions.${i}.painScale`}
                label="Pain scale"
                options={PAIN_SCALE}
                nullable
                deps={[`priorSessions.${i}.painScoreBefore`]}
              />
              <NumberField
                path={`priorSessions.${i}.painScoreBefore`}
                label="Pain before"
                nullable
                min={0}
                max={100}
              />
            </div>
            <div className="grid grid-2">
              <NumberField
                path={`priorSessions.${i}.reliefPercent`}
                label="Relief"
                suffix="%"
                nullable
                min={0}
                max={100}
              />
              <NumberField
                path={`priorSessions.${i}.reliefDurationWeeks`}
                label="Relief lasted"
                suffix="weeks"
                nullable
                min={0}
              />
            </div>
            <PriorSessionMuscles index={i} />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => remove(i)}
            >
              Remove prior session {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        id={fieldDomId("priorSessions")}
        type="button"
        className="button button-secondary"
        onClick={() =>
          append({
            date: "",
            muscles: [],
            painScale: null,
            painScoreBefore: null,
            reliefPercent: null,
            reliefDurationWeeks: null,
          })
        }
      >
        Add a session done elsewhere
      </button>
    </Section>
  );
}

function PriorSessionMuscles({ index }: { index: number }) {
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({
    control,
    name: `priorSessions.${index}.muscles`,
  });
  const [side, setSide] = useState<Side>("right");
  const sideId = `${fieldDomId(`priorSessions.${index}.muscles`)}-side`;
  return (
    <fieldset className="field">
      <legend>Muscles injected in that session</legend>
      <ul className="tag-list">
        {fields.map((m, j) => {
          const label = `${m.side} ${muscleById(m.muscleId)?.name ?? m.muscleId}`;
          return (
            <li key={m.id} className="tag-item">
              <span>{label}</span>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => remove(j)}
                aria-label={`Remove ${label}`}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="grid grid-2 align-end">
        <SidePicker id={sideId} label="Side" value={side} onChange={setSide} />
        <MuscleCombobox
          id={fieldDomId(`priorSessions.${index}.muscles`)}
          label="Add muscle"
          onPick={(muscle) =>
            append(
              { muscleId: muscle.id, side: muscle.paired ? side : "midline" },
              { shouldFocus: false },
            )
          }
        />
      </div>
    </fieldset>
  );
}
