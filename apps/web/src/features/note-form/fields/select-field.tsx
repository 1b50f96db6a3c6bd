import { useFormContext } from "react-hook-form";
import { fieldDomId as fieldDomIdFor } from "../../../shared/field-id";
import type { NoteFormValues, NotePath } from "../form-types";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

export type Option = { value: string; label: string };

type Props = {
  path: NotePath;
  label: string;
  options: readonly Option[];
  /** Adds a "not recorded" choice that stores null. */
  nullable?: boolean;
  /** Values are numbers (needle gauge). */
  numeric?: boolean;
  className?: string;
  /** Called after the form has the new value (e.g. to adjust a dependent field). */
  onValueChange?: (value: string) => void;
  /** A required choice with no default: this text is shown until one is chosen. */
  placeholder?: string;
  hint?: string;
  /** Fields checked again when this one changes (pain scores against their scale). */
  deps?: NotePath[];
};

export function SelectField({
  path,
  label,
  options,
  nullable = false,
  numeric = false,
  className,
  onValueChange,
  placeholder,
  hint,
  deps,
}: Props) {
  const { register } = useFormContext<NoteFormValues>();
  const hintId = hint ? `${fieldDomIdFor(path)}-hint` : undefined;
  const meta = useFieldMeta(path, hintId);
  const setValueAs = (v: unknown) => {
    if (v === "" || v === null || v === undefined) return nullable ? null : undefined;
    return numeric ? Number(v) : v;
  };
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <select
        id={meta.id}
        {...meta.aria}
        {...register(path, {
          setValueAs,
          ...(deps ? { deps } : {}),
          onChange: (e: { target: { value: string } }) => onValueChange?.(e.target.value),
        })}
      >
        {nullable ? <option value="">Not recorded</option> : null}
        {/* Not disabled: a browser shows the first enabled option when none is selected, which would
            display a value the form does not hold. */}
        {placeholder && !nullable ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={meta.errorId} message={meta.error} />
      <CarriedMarkText mark={meta.carried} />
    </div>
  );
}
