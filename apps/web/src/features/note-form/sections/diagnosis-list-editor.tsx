import { useId, useState } from "react";
import { IcdCodeSchema } from "@tpi/schemas";
import { fieldDomId } from "../../../shared/field-id";

type Props = {
  value: string[];
  onChange: (codes: string[]) => void;
  dateOfService: string;
  id?: string;
};

/**
 * Stand-in for the colleague's <DiagnosisPicker> (src/features/diagnosis-picker) with the same props:
 * an ordered list of ICD-10-CM codes typed by hand. The first is the primary diagnosis; order = pointer.
 */
export function DiagnosisListEditor({ value, onChange, id }: Props) {
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const add = () => {
    const parsed = IcdCodeSchema.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Not an ICD-10-CM code");
      return;
    }
    if (value.includes(parsed.data)) {
      setError(`${parsed.data} is already on the list`);
      return;
    }
    onChange([...value, parsed.data]);
    setDraft("");
    setError(null);
  };
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    onChange(next);
  };
  const addId = id ?? fieldDomId("diagnoses");
  return (
    <div>
      <ol className="diagnosis-list">
        {value.map((code, i) => (
          <li key={code} className="diagnosis-row">
            <span className="pointer" aria-hidden="true">
              {String.fromCharCode(65 + i)}
            </span>
            <span className="code" id={fieldDomId(`diagnoses.${i}`)} tabIndex={-1}>
              {code}
              {i === 0 ? <span className="tag">primary</span> : null}
            </span>
            <span className="row-actions">
              <button
                type="button"
                className="button button-quiet"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
              >
                Move {code} up
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={i === value.length - 1}
                onClick={() => move(i, i + 1)}
              >
                Move {code} down
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                Remove {code}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="field inline-add">
        <label htmlFor={addId}>Add ICD-10-CM code</label>
        <p className="hint" id={hintId}>
          Type the code with its dot, e.g. M79.12, then press Enter.
        </p>
        <div className="inline-controls">
          <input
            id={addId}
            value={draft}
            aria-describedby={error ? `${hintId} ${addId}-error` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            Add code
          </button>
        </div>
        {error ? (
          <p className="field-error" id={`${addId}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
