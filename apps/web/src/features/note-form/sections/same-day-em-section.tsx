import { Controller, useFormContext, useWatch } from "react-hook-form";
import { fieldDomId } from "../../../shared/field-id";
import { SelectField } from "../fields/select-field";
import { TextField } from "../fields/text-field";
import type { NoteFormValues } from "../form-types";
import { EM_LEVEL } from "../options";
import { Section } from "./section";

/** A separately identifiable E/M on the same day: its level, the separate problem and its diagnoses. */
export function SameDayEmSection() {
  const { control, setValue } = useFormContext<NoteFormValues>();
  const em = useWatch({ control, name: "sameDayEm" });
  const diagnoses = useWatch({ control, name: "diagnoses" }) ?? [];
  const toggleId = fieldDomId("sameDayEm");
  const levelId = fieldDomId("sameDayEm.level");
  return (
    <Section path="sameDayEm" title="Same-day E/M service">
      <div className="field field-checkbox">
        <input
          id={toggleId}
          type="checkbox"
          checked={em !== null && em !== undefined}
          onChange={(e) => {
            // No level is chosen for the user: the select starts empty and says it is required,
            // and the keyboard goes to it.
            const checked = e.target.checked;
            setValue(
              "sameDayEm",
              checked
                ? ({ separateProblem: "", diagnosisCodes: [] } as unknown as NonNullable<
                    NoteFormValues["sameDayEm"]
                  >)
                : null,
              { shouldDirty: true, shouldValidate: false },
            );
            if (checked) {
              requestAnimationFrame(() => document.getElementById(levelId)?.focus());
            }
          }}
        />
        <label htmlFor={toggleId}>A separate E/M service was provided at this visit</label>
      </div>
      {em ? (
        <>
          <SelectField
            path="sameDayEm.level"
            label="E/M level"
            options={EM_LEVEL}
            placeholder="Choose the level billed"
            hint="Required: no level is assumed."
          />
          <TextField
            path="sameDayEm.separateProblem"
            label="Separately identifiable problem addressed"
            multiline
            hint="In your words: the problem evaluated beyond the decision to inject."
          />
          <Controller
            control={control}
            name="sameDayEm.diagnosisCodes"
            render={({ field, fieldState }) => {
              const selected = field.value ?? [];
              return (
                <fieldset className="field chip-group">
                  <legend>Diagnoses the E/M addresses (up to 4)</legend>
                  {diagnoses.length === 0 ? (
                    <p className="muted small">Add diagnoses above first.</p>
                  ) : null}
                  <div className="chips">
                    {diagnoses.map((code, i) => {
                      const id =
                        i === 0
                          ? fieldDomId("sameDayEm.diagnosisCodes")
                          : `${fieldDomId("sameDayEm.diagnosisCodes")}-${i}`;
                      const checked = selected.includes(code);
                      return (
                        <span className="chip" key={code}>
                          <input
                            type="checkbox"
                            id={id}
                            checked={checked}
                            disabled={!checked && selected.length >= 4}
                            onChange={() =>
                              field.onChange(
                                checked ? selected.filter((c) => c !== code) : [...selected, code],
                              )
                            }
                          />
                          <label htmlFor={id}>{code}</label>
                        </span>
                      );
                    })}
                  </div>
                  {fieldState.error ? (
                    <p className="field-error">{fieldState.error.message}</p>
                  ) : null}
                </fieldset>
              );
            }}
          />
        </>
      ) : null}
    </Section>
  );
}
