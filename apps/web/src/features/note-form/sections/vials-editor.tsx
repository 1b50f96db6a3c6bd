import { fieldDomId } from "../../../shared/field-id";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { AGENT_OPTIONS, agentById } from "../muscle-grid/agents";
import { VIAL_TYPE } from "../options";

/** How each agent was supplied (single/multi-dose, amount discarded, NDC): the drug line needs it. */
export function VialsEditor() {
  const { control } = useFormContext<NoteFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "procedure.vials" });
  const vials = useWatch({ control, name: "procedure.vials" }) ?? [];
  const muscles = useWatch({ control, name: "procedure.muscles" }) ?? [];
  const usedAgents = [
    ...new Set(muscles.flatMap((m) => (m.injectates ?? []).map((i) => i.agentId))),
  ];
  const missing = usedAgents.filter((id) => !vials.some((v) => v.agentId === id));
  return (
    <div>
      {fields.length === 0 ? <p className="muted small">No vials recorded.</p> : null}
      <ol className="repeat-list">
        {fields.map((field, i) => {
          const unit = agentById(vials[i]?.agentId)?.doseUnit ?? "mg";
          return (
            <li key={field.id} className="repeat-row">
              <div className="grid grid-4 align-end">
                <SelectField
                  path={`procedure.vials.${i}.agentId`}
                  label="Agent"
                  options={AGENT_OPTIONS}
                />
                <SelectField path={`procedure.vials.${i}.type`} label="Vial" options={VIAL_TYPE} />
                <NumberField
                  path={`procedure.vials.${i}.discardedAmount`}
                  label="Discarded (0 if none)"
                  nullable
                  suffix={unit}
                  min={0}
                />
                <TextField
                  path={`procedure.vials.${i}.ndc`}
                  label="NDC"
                  emptyAsNull
                  hint="5-4-2 or 11 digits"
                />
              </div>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => remove(i)}
              >
                Remove vial {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        {missing.length > 0 ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() =>
              append(
                missing.map((agentId) => ({
                  agentId,
                  type: "single-dose" as const,
                  discardedAmount: null,
                  ndc: null,
                })),
              )
            }
          >
            Add a vial for each agent used (
            {missing.map((id) => agentById(id)?.name ?? id).join(", ")})
          </button>
        ) : null}
        <button
          id={fieldDomId("procedure.vials")}
          type="button"
          className="button button-secondary"
          onClick={() =>
            append({
              agentId: AGENT_OPTIONS[0]?.value ?? "",
              type: "single-dose",
              discardedAmount: null,
              ndc: null,
            })
          }
        >
          Add vial
        </button>
      </div>
    </div>
  );
}
