import { useFormContext, useWatch } from "react-hook-form";
import { CarriedPartMark } from "../annotations/carried-part-mark";
import { CheckboxField } from "../fields/checkbox-field";
import { ChipGroup } from "../fields/chip-group";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { MuscleGrid, type MuscleTools } from "../muscle-grid/muscle-grid";
import {
  COMPLICATIONS,
  GUIDANCE,
  NEEDLE_GAUGE,
  POST_INSTRUCTIONS,
  SKIN_PREP,
  TECHNIQUE,
  TOLERANCE,
} from "../options";
import { Section } from "./section";
import { VialsEditor } from "./vials-editor";
import { TendonInjectionsEditor } from "./tendon-injections-editor";

export function ProcedureSection({ muscleTools }: { muscleTools?: MuscleTools | undefined }) {
  const { control } = useFormContext<NoteFormValues>();
  const guidance = useWatch({ control, name: "procedure.guidance" });
  const complications = useWatch({ control, name: "procedure.complications" });
  return (
    <Section path="procedure" title="Procedure performed">
      <h3 className="subsection-title">Muscles injected</h3>
      <CarriedPartMark path="procedure.muscles" />
      <MuscleGrid tools={muscleTools} />

      <h3 className="subsection-title">Vials</h3>
      <VialsEditor />

      <h3 className="subsection-title">Technique</h3>
      <div className="grid grid-3">
        <SelectField path="procedure.skinPrep" label="Skin prep" options={SKIN_PREP} nullable />
        <SelectField
          path="procedure.needleGauge"
          label="Needle gauge"
          options={NEEDLE_GAUGE}
          nullable
          numeric
        />
        <SelectField path="procedure.technique" label="Technique" options={TECHNIQUE} nullable />
      </div>
      <div className="grid grid-2 align-end">
        <SelectField path="procedure.guidance" label="Guidance" options={GUIDANCE} />
        {guidance && guidance !== "palpation" ? (
          <CheckboxField
            path="procedure.guidanceImagesRecorded"
            label="Images recorded and interpreted"
          />
        ) : null}
      </div>
      <fieldset className="field">
        <legend>Response during injection</legend>
        <div className="grid grid-2">
          <CheckboxField path="procedure.response.localTwitch" label="Local twitch response" />
          <CheckboxField path="procedure.response.release" label="Release of the trigger point" />
        </div>
      </fieldset>
      <div className="grid grid-2">
        <SelectField path="procedure.tolerance" label="Tolerance" options={TOLERANCE} nullable />
        <SelectField
          path="procedure.complications"
          label="Complications"
          options={COMPLICATIONS}
          nullable
        />
      </div>
      {complications && complications !== "none" ? (
        <TextField path="procedure.complicationsDetail" label="Complication details" multiline />
      ) : null}
      <ChipGroup
        path="procedure.postInstructions"
        label="Post-procedure instructions"
        options={POST_INSTRUCTIONS}
      />
      <CheckboxField
        path="procedure.otherBlocksSameSession"
        label="Other blocks in the same session (epidural, facet, sympathetic)"
      />

      <h3 className="subsection-title">Tendon, ligament and aponeurosis injections</h3>
      <CarriedPartMark path="procedure.tendonInjections" />
      <TendonInjectionsEditor />
    </Section>
  );
}
