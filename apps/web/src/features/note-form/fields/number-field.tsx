import { useFormContext } from "react-hook-form";
import type { NoteFormValues, NotePath } from "../form-types";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

type Props = {
  path: NotePath;
  label: string;
  /** Optional numbers are stored as null when empty; required ones fail validation with "Enter a number". */
  nullable?: boolean;
  /** Shown nowhere: the limits are the schema's (one place for the form and the server). */
  min?: number;
  max?: number;
  step?: number | "any";
  suffix?: string;
  className?: string;
};

export function toNumber(nullable: boolean) {
  return (v: unknown): number | null | undefined => {
    if (typeof v === "number") return v;
    if (typeof v !== "string" || v.trim() === "") return nullable ? null : undefined;
    const n = Number(v.replace(",", "."));
    return Number.isNaN(n) ? (nullable ? null : undefined) : n;
  };
}

export function NumberField({
  path,
  label,
  nullable = false,
  step = "any",
  suffix,
  className,
}: Props) {
  const { register } = useFormContext<NoteFormValues>();
  const suffixId = suffix ? `${path}-suffix` : undefined;
  const meta = useFieldMeta(path, suffixId);
  return (
    <div className={`field field-number ${className ?? ""}`}>
      <label htmlFor={meta.id}>{label}</label>
      <div className="input-with-suffix">
        {/* A text box with a numeric keypad, not type="number": the mouse wheel and the arrow keys
            change a number box's value, so scrolling the long form past a field changed a dose. */}
        <input
          id={meta.id}
          type="text"
          inputMode={step === 1 ? "numeric" : "decimal"}
          autoComplete="off"
          {...meta.aria}
          {...register(path, { setValueAs: toNumber(nullable) })}
        />
        {suffix ? (
          <span className="suffix" id={suffixId}>
            {suffix}
          </span>
        ) : null}
      </div>
      <FieldError id={meta.errorId} message={meta.error} />
      <CarriedMarkText mark={meta.carried} />
    </div>
  );
}
