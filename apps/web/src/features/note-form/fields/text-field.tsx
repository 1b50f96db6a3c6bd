import { useFormContext } from "react-hook-form";
import type { NoteFormValues, NotePath } from "../form-types";
import { CarriedMarkText } from "../annotations/carried-mark-text";
import { FieldError } from "./field-error";
import { useFieldMeta } from "./use-field-meta";

type Props = {
  path: NotePath;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** Stored as null when left empty (NPI, NDC) instead of "". */
  emptyAsNull?: boolean;
  inputMode?: "text" | "numeric";
  autoComplete?: string;
  className?: string;
  type?: "text" | "date";
};

export function TextField({
  path,
  label,
  hint,
  multiline,
  emptyAsNull,
  inputMode,
  autoComplete,
  className,
  type = "text",
}: Props) {
  const { register } = useFormContext<NoteFormValues>();
  const hintId = hint ? `${path}-hint` : undefined;
  const meta = useFieldMeta(path, hintId);
  const registration = register(path, emptyAsNull ? { setValueAs: blankToNull } : {});
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea id={meta.id} rows={3} {...meta.aria} {...registration} />
      ) : (
        <input
          id={meta.id}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete ?? "off"}
          {...meta.aria}
          {...registration}
        />
      )}
      <FieldError id={meta.errorId} message={meta.error} />
      <CarriedMarkText mark={meta.carried} />
    </div>
  );
}

/** Stored values may already be null (a fresh note's NPI); typed blanks become null too. */
function blankToNull(value: unknown): unknown {
  if (typeof value !== "string") return value ?? null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
