import type { ComponentType } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues } from "../form-types";
import { DiagnosisListEditor } from "./diagnosis-list-editor";
import { Section } from "./section";

/** The shape of <DiagnosisPicker> (src/features/diagnosis-picker), which the app passes in. */
export type DiagnosisInput = ComponentType<{
  value: string[];
  onChange: (codes: string[]) => void;
  dateOfService: string;
  /** The search box's id: fieldDomId("diagnoses"), so jump-to-field lands in it. */
  id?: string;
}>;

export function DiagnosesSection({
  input: Input = DiagnosisListEditor,
}: {
  input?: DiagnosisInput | undefined;
}) {
  const { control } = useFormContext<NoteFormValues>();
  const dateOfService = useWatch({ control, name: "dateOfService" });
  return (
    <Section
      path="diagnoses"
      title="Diagnoses"
      intro="In claim order: the first is the primary diagnosis."
    >
      <Controller
        control={control}
        name="diagnoses"
        render={({ field, fieldState }) => (
          <>
            <Input
              value={field.value ?? []}
              onChange={field.onChange}
              dateOfService={dateOfService}
              id={fieldDomId("diagnoses")}
            />
            {fieldState.error ? (
              <p className="field-error">{fieldState.error.message ?? "Check the diagnoses"}</p>
            ) : null}
          </>
        )}
      />
    </Section>
  );
}
