import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import type { Muscle, Side } from "@tpi/schemas";
import { muscleById } from "@tpi/coding";
import { fieldDomId } from "../../../shared/field-id";
import { CheckboxField } from "../fields/checkbox-field";
import { SelectField } from "../fields/select-field";
import type { NoteFormValues } from "../form-types";
import { MuscleCombobox } from "../muscle-grid/muscle-combobox";
import { SidePicker } from "../muscle-grid/side-picker";
import { SIDE } from "../options";
import { Section } from "./section";

const EMPTY_FINDING = {
  tautBand: false,
  tenderNodule: false,
  referredPainReproduced: false,
  localTwitchResponse: false,
  limitedRangeOfMotion: false,
};

/** Palpation findings, muscle by muscle: what makes each injected muscle a trigger point. */
export function FindingsSection() {
  const { control, getValues } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "findings" });
  const findings = useWatch({ control, name: "findings" }) ?? [];
  const muscles = useWatch({ control, name: "procedure.muscles" }) ?? [];
  const [side, setSide] = useState<Side>("right");
  const missing = muscles.filter(
    (m) => !findings.some((f) => f.muscleId === m.muscleId && f.side === m.side),
  );

  const addFromGrid = () => {
    const current = getValues("findings") ?? [];
    const seen = new Set(current.map((f) => `${f.muscleId}|${f.side}`));
    const toAdd = missing.filter((m) => {
      const key = `${m.muscleId}|${m.side}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    append(toAdd.map((m) => ({ muscleId: m.muscleId, side: m.side, ...EMPTY_FINDING })));
  };

  return (
    <Section
      path="findings"
      title="Exam findings"
      intro="Per muscle palpated: record what was found."
    >
      <ol className="repeat-list">
        {fields.map((field, i) => {
          const f = findings[i];
          const name = f ? `${f.side} ${muscleById(f.muscleId)?.name ?? f.muscleId}` : "";
          return (
            <li key={field.id} className="repeat-row finding-row">
              <div className="finding-head">
                <h3
                  className="finding-title"
                  id={fieldDomId(`findings.${i}.muscleId`)}
                  tabIndex={-1}
                >
                  {capitalise(name)}
                </h3>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => remove(i)}
                >
                  Remove findings for {name}
                </button>
              </div>
              <div className="grid grid-3 checks">
                <CheckboxField path={`findings.${i}.tautBand`} label="Taut band" />
                <CheckboxField path={`findings.${i}.tenderNodule`} label="Tender nodule" />
                <CheckboxField
                  path={`findings.${i}.referredPainReproduced`}
                  label="Referred pain reproduced"
                />
                <CheckboxField
                  path={`findings.${i}.localTwitchResponse`}
                  label="Local twitch response"
                />
                <CheckboxField
                  path={`findings.${i}.limitedRangeOfMotion`}
                  label="Limited range of motion"
                />
                <SelectField path={`findings.${i}.side`} label="Side" options={SIDE} />
              </div>
            </li>
          );
        })}
      </ol>
      {missing.length > 0 ? (
        <button type="button" className="button button-secondary" onClick={addFromGrid}>
          Add findings for the {missing.length} injected muscle{missing.length === 1 ? "" : "s"}{" "}
          without findings
        </button>
      ) : null}
      <div className="grid grid-2 align-end">
        <SidePicker
          id="findings-add-side"
          label="Side of the muscle to add"
          value={side}
          onChange={setSide}
        />
        <MuscleCombobox
          id={fieldDomId("findings")}
          label="Add findings for a muscle"
          onPick={(m: Muscle) =>
            append(
              { muscleId: m.id, side: m.paired ? side : "midline", ...EMPTY_FINDING },
              { shouldFocus: false },
            )
          }
        />
      </div>
    </Section>
  );
}

function capitalise(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
}
