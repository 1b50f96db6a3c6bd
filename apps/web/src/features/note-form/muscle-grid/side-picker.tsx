import type { Side } from "@tpi/schemas";
import { SIDE } from "../options";

/**
 * The side for the next muscle added through a combobox (exam findings, prior sessions): a plain
 * control, not a note field, so it is not registered with the form.
 */
export function SidePicker({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: Side;
  onChange: (side: Side) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Side)}>
        {SIDE.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
