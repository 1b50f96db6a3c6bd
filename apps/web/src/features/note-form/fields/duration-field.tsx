import { useState } from "react";
import { Controller, useFormContext } from "react-hook-form";
import type { Duration } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues, NotePath } from "../form-types";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

const UNITS: Duration["unit"][] = ["days", "weeks", "months", "years"];

/** A duration (number + unit) stored as null until a number is typed. */
export function DurationField({ path, label }: { path: NotePath; label: string }) {
  const { control } = useFormContext<NoteFormValues>();
  const meta = useFieldMeta(path);
  const valueMeta = useFieldMeta(`${path}.value`);
  const [pendingUnit, setPendingUnit] = useState<Duration["unit"]>("months");
  const error = meta.error ?? valueMeta.error;
  return (
    <fieldset className="field duration-field">
      <legend>{label}</legend>
      <Controller
        control={control}
        name={path}
        render={({ field }) => {
          const value = (field.value ?? null) as Duration | null;
          const unit = value?.unit ?? pendingUnit;
          return (
            <div className="inline-controls">
              <label className="visually-hidden" htmlFor={meta.id}>
                {label}: number
              </label>
              <input
                id={meta.id}
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                value={value ? String(value.value) : ""}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [error ? meta.errorId : "", meta.carried?.id ?? ""].filter(Boolean).join(" ") ||
                  undefined
                }
                onBlur={field.onBlur}
                onChange={(e) => {
                  const raw = e.target.value;
                  field.onChange(raw === "" ? null : { value: Number(raw), unit });
                }}
              />
              <label className="visually-hidden" htmlFor={fieldDomId(`${path}.unit`)}>
                {label}: unit
              </label>
              <select
                id={fieldDomId(`${path}.unit`)}
                value={unit}
                onChange={(e) => {
                  const next = e.target.value as Duration["unit"];
                  setPendingUnit(next);
                  if (value) field.onChange({ ...value, unit: next });
                }}
              >
                {UNITS.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </div>
          );
        }}
      />
      <FieldError id={meta.errorId} message={error} />
      <CarriedMarkText mark={meta.carried} />
    </fieldset>
  );
}
