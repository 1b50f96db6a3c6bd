import { Controller, useFormContext } from "react-hook-form";
import { fieldDomId } from "../../../shared/field-id";
import type { NoteFormValues, NotePath } from "../form-types";
import type { Option } from "./select-field";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

/**
 * A multi-choice list (pain character, post-procedure instructions) as large toggle chips: real
 * checkboxes underneath, so keyboard and screen readers work as usual. The first chip carries the field's
 * id so "jump to field" lands on the group.
 */
export function ChipGroup({
  path,
  label,
  options,
}: {
  path: NotePath;
  label: string;
  options: readonly Option[];
}) {
  const { control } = useFormContext<NoteFormValues>();
  const meta = useFieldMeta(path);
  return (
    <fieldset className="field chip-group" {...meta.aria}>
      <legend>{label}</legend>
      <Controller
        control={control}
        name={path}
        render={({ field }) => {
          const selected = Array.isArray(field.value) ? (field.value as string[]) : [];
          const toggle = (value: string) =>
            field.onChange(
              selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value],
            );
          return (
            <div className="chips">
              {options.map((o, i) => {
                const id = i === 0 ? meta.id : `${fieldDomId(path)}-${o.value}`;
                return (
                  <span className="chip" key={o.value}>
                    <input
                      type="checkbox"
                      id={id}
                      checked={selected.includes(o.value)}
                      onChange={() => toggle(o.value)}
                      onBlur={field.onBlur}
                    />
                    <label htmlFor={id}>{o.label}</label>
                  </span>
                );
              })}
            </div>
          );
        }}
      />
      <FieldError id={meta.errorId} message={meta.error} />
      <CarriedMarkText mark={meta.carried} />
    </fieldset>
  );
}
