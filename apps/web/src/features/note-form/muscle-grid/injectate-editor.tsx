import { useFormContext, useWatch } from "react-hook-form";
import type { Injectate } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import { NumberField } from "../fields/number-field";
import { SelectField } from "../fields/select-field";
import type { NoteFormValues } from "../form-types";
import { CONCENTRATION_UNIT } from "../options";
import { useClaimDrugLine } from "../../../shared/coding-result";
import {
  AGENT_OPTIONS,
  agentById,
  formatAmount,
  injectateDose,
  unitsFor,
  usualConcentration,
} from "./agents";

type Props = {
  path: `procedure.muscles.${number}.injectates.${number}`;
  position: number;
  rowTitle: string;
  onRemove: () => void;
};

/** Agent, concentration and volume, with the computed dose and HCPCS units shown beside them as typed. */
export function InjectateEditor({ path, position, rowTitle, onRemove }: Props) {
  const { control, setValue } = useFormContext<NoteFormValues>();
  const injectate = useWatch({ control, name: path }) as Partial<Injectate> | undefined;
  const dose = injectateDose(injectate);
  const outputId = fieldDomId(`${path}.dose`);
  // The claim's drug line adds up every injectate of the agent: said so when others use it too.
  // A number, so typing elsewhere re-renders this editor only when the count changes.
  const agentUses = useWatch({
    control,
    name: "procedure.muscles",
    compute: (rows) =>
      (rows ?? []).reduce(
        (n, r) => n + (r.injectates ?? []).filter((i) => i.agentId === injectate?.agentId).length,
        0,
      ),
  });
  const sharedAgent = agentUses > 1;
  const agentName = agentById(injectate?.agentId)?.name.toLowerCase() ?? "this agent";

  const drugLine = useClaimDrugLine(injectate?.agentId);
  const agent = agentById(injectate?.agentId);
  const units = unitsFor(injectate?.agentId);
  const unitOptions =
    units.length > 0
      ? CONCENTRATION_UNIT.filter((u) => (units as string[]).includes(u.value))
      : CONCENTRATION_UNIT;

  const onAgentChange = (agentId: string) => {
    // A new agent brings its own unit and usual strength: the last agent's strength is not this one's
    // (saline once showed "0.25 %, 5 mg" after bupivacaine).
    const usual = usualConcentration(agentId);
    if (usual) {
      setValue(`${path}.concentration`, usual, { shouldDirty: true, shouldValidate: true });
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
        <SelectField path={`${path}.concentration.unit`} label="Unit" options={unitOptions} />
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
              {drugLine === null ? null : (
                <span className="dose-hcpcs">
                  {drugLine !== "none"
                    ? `On the claim: ${drugLine}${sharedAgent ? ` (all ${agentName} in the note)` : ""}`
                    : agent?.procedureCode
                      ? `${agent.procedureCode} (its own procedure, no drug line)`
                      : "No drug line on the claim for this payer"}
                </span>
              )}
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
