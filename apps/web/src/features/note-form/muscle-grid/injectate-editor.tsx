import { useFormContext, useWatch } from "react-hook-form";
import type { Injectate } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import type { NoteFormValues } from "../form-types";
import { CONCENTRATION_UNIT } from "../options";
import { AGENT_OPTIONS, agentById, formatAmount, injectateDose } from "./agents";

type Props = {
  path: `procedure.muscles.${number}.injectates.${number}`;
  position: number;
  rowTitle: string;
  onRemove: () => void;
};

/** Agent, concentration and volume, with the computed dose and HCPCS units shown beside them as typed. */
export function InjectateEditor({ path, position, rowTitle, onRemove }: Props) {
  const { control, setValue, getValues } = useFormContext<NoteFormValues>();
  const injectate = useWatch({ control, name: path }) as Partial<Injectate> | undefined;
  const dose = injectateDose(injectate);
  const outputId = fieldDomId(`${path}.dose`);

  const onAgentChange = (agentId: string) => {
    // A new agent brings its usual concentration unless the typed one already uses a unit it is sold in.
    const next = agentById(agentId);
    const current = getValues(`${path}.concentration`);
    const fits = next?.commonConcentrations.some((c) => c.unit === current?.unit);
    const first = next?.commonConcentrations[0];
    if (!fits && first) {
      setValue(`${path}.concentration`, { ...first }, { shouldDirty: true, shouldValidate: true });
    }
  };

  return (
    <div className="injectate" role="group" aria-label={`Injectate ${position} for ${rowTitle}`}>
      <div className="grid grid-injectate">
        <SelectField
          path={`${path}.agentId`}
          label="Agent"
          options={AGENT_OPTIONS}
          onValueChange={onAgentChange}
        />
        <NumberField path={`${path}.concentration.value`} label="Concentration" min={0} />
        <SelectField
          path={`${path}.concentration.unit`}
          label="Unit"
          options={CONCENTRATION_UNIT}
        />
        <NumberField path={`${path}.volumeMl`} label="Volume" suffix="mL" min={0} />
        <output
          className="dose"
          id={outputId}
          htmlFor={fieldDomId(`${path}.volumeMl`)}
          aria-live="polite"
        >
          <span className="dose-label">Dose</span>
          {dose === null ? (
            <span className="muted">enter concentration and volume</span>
          ) : dose.kind === "problem" ? (
            <span className="dose-problem">{dose.message}</span>
          ) : (
            <>
              <span className="dose-amount">
                {formatAmount(dose.amount)} {dose.unit}
              </span>
              <span className="dose-hcpcs">
                {dose.line
                  ? `${dose.line.code} × ${dose.line.units}`
                  : dose.procedureCode
                    ? `${dose.procedureCode} (its own procedure, no drug line)`
                    : dose.unclassified
                      ? "J3490 (unclassified drug)"
                      : "no separate drug code"}
              </span>
            </>
          )}
        </output>
      </div>
      <button type="button" className="button button-quiet button-small" onClick={onRemove}>
        Remove injectate {position} from {rowTitle}
      </button>
    </div>
  );
}
