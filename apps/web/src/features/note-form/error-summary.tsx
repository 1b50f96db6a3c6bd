import { fieldDomId } from "../../shared/field-id";
import { focusField } from "./focus-field";
import type { FlatError } from "./flatten-errors";
import { fieldLabel } from "./field-label";

/**
 * After a save attempt: what needs fixing, in an aria-live region so it is announced, each item a link
 * to its field.
 */
export function ErrorSummary({ errors, visible }: { errors: FlatError[]; visible: boolean }) {
  return (
    <div aria-live="assertive" aria-atomic="true" className="error-summary-region">
      {visible && errors.length > 0 ? (
        <div className="alert alert-error error-summary">
          <p className="alert-title">
            {errors.length === 1 ? "1 field needs" : `${errors.length} fields need`} attention
            before saving
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e.path}>
                <a
                  href={`#${fieldDomId(e.path)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(e.path);
                  }}
                >
                  {fieldLabel(e.path)}: {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
