import { fieldDomId } from "../../../shared/field-id";
import { freshRowId } from "../../../shared/row-id";
import { useFieldArray, useFormContext } from "react-hook-form";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { SIDE, TENDON_KIND } from "../options";

/** One row per tendon sheath, ligament, aponeurosis or origin/insertion (20550/20551 count structures). */
export function TendonInjectionsEditor() {
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "procedure.tendonInjections" });
  return (
    <div>
      {fields.length === 0 ? <p className="muted small">None.</p> : null}
      <ol className="repeat-list">
        {fields.map((field, i) => (
          <li key={field.rowId} className="repeat-row">
            <div className="grid grid-3">
              <SelectField
                path={`procedure.tendonInjections.${i}.kind`}
                label="Structure type"
                options={TENDON_KIND}
              />
              <TextField
                path={`procedure.tendonInjections.${i}.structure`}
                label="Structure"
                hint="e.g. plantar fascia"
              />
              <SelectField
                path={`procedure.tendonInjections.${i}.side`}
                label="Side"
                options={SIDE}
              />
            </div>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => remove(i)}
            >
              Remove structure {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        id={fieldDomId("procedure.tendonInjections")}
        type="button"
        className="button button-secondary"
        onClick={() =>
          append({
            rowId: freshRowId(),
            kind: "tendon-sheath",
            structure: "",
            side: "right",
          })
        }
      >
        Add tendon or ligament injection
      </button>
    </div>
  );
}
