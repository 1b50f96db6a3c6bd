import { useFormContext } from "react-hook-form";
import type { NoteFormValues, NotePath } from "../form-types";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

export function CheckboxField({
  path,
  label,
  className,
}: {
  path: NotePath;
  label: string;
  className?: string;
}) {
  const { register } = useFormContext<NoteFormValues>();
  const meta = useFieldMeta(path);
  return (
    <div className={`field field-checkbox ${className ?? ""}`}>
      <input id={meta.id} type="checkbox" {...meta.aria} {...register(path)} />
      <label htmlFor={meta.id}>{label}</label>
      <FieldError id={meta.errorId} message={meta.error} />
      <CarriedMarkText mark={meta.carried} />
    </div>
  );
}
