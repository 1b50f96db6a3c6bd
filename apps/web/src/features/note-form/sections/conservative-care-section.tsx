import { fieldDomId } from "../../../shared/field-id";
import { useFieldArray, useFormContext } from "react-hook-form";
import { CheckboxField } from "../fields/checkbox-field";
import { DurationField } from "../fields/duration-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { CARE_RESPONSE, CONSERVATIVE_CARE_TYPE } from "../options";
import { Section } from "./section";

export function ConservativeCareSection() {
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "conservativeCare" });
  return (
    <Section path="conservativeCare" title="Conservative care tried">
      {fields.length === 0 ? <p className="muted">None recorded yet.</p> : null}
      <ol className="repeat-list">
        {fields.map((field, i) => (
          <li key={field.id} className="repeat-row">
            <div className="grid grid-3">
              <SelectField
                path={`conservativeCare.${i}.type`}
                label="Treatment"
                options={CONSERVATIVE_CARE_TYPE}
              />
              <TextField path={`conservativeCare.${i}.detail`} label="Detail" />
              <DurationField path={`conservativeCare.${i}.duration`} label="How long" />
            </div>
            <div className="grid grid-3 align-end">
              <SelectField
                path={`conservativeCare.${i}.response`}
                label="Response"
                options={CARE_RESPONSE}
                nullable
              />
              <CheckboxField path={`conservativeCare.${i}.ongoing`} label="Still ongoing" />
              <div className="row-actions">
                <button type="button" className="button button-quiet" onClick={() => remove(i)}>
                  Remove treatment {i + 1}
                </button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button
        id={fieldDomId("conservativeCare")}
        type="button"
        className="button button-secondary"
        onClick={() =>
          append({
            type: "physical-therapy",
            detail: "",
            duration: null,
            response: null,
            ongoing: false,
          })
        }
      >
        Add treatment tried
      </button>
    </Section>
  );
}
