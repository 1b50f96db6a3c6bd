import { Controller, useFormContext, useWatch } from "react-hook-form";
import type { NoteFormValues } from "../form-types";
import { DiagnosisListEditor } from "./diagnosis-list-editor";
import { Section } from "./section";

// SLOT: the colleague's <DiagnosisPicker value onChange dateOfService> from src/features/diagnosis-picker
// replaces DiagnosisListEditor here when it lands (same props).
const DiagnosisInput = DiagnosisListEditor;

export function DiagnosesSection() {
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
            <DiagnosisInput
              value={field.value ?? []}
              onChange={field.onChange}
              dateOfService={dateOfService}
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
