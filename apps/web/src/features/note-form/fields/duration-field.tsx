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
  const [typed, setTyped] = useState<string | null>(null);
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
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={typed ?? (value ? String(value.value) : "")}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [error ? meta.errorId : "", meta.carried?.id ?? ""].filter(Boolean).join(" ") ||
                  undefined
                }
                onBlur={() => {
                  // Once left, the box shows the form's number again (unless it is not one).
                  if (typed !== null && !Number.isNaN(Number(typed.trim().replace(",", ".")))) {
                    setTyped(null);
                  }
                  field.onBlur();
                }}
                onChange={(e) => {
                  const raw = e.target.value;
                  // What was typed stays in the box ("-", "2."), the form holds its number.
                  setTyped(raw);
                  const n = Number(raw.trim().replace(",", "."));
                  field.onChange(
                    raw.trim() === "" ? null : { value: Number.isNaN(n) ? NaN : n, unit },
                  );
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
