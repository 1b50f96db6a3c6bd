import { memo } from "react";
import type { DiagnosisResult } from "@tpi/schemas";
import { dequal } from "dequal/lite";
import { pointerLetter } from "./pointer-letter";

/** The note's diagnoses (with pointer letters) and the engine's suggestions, billable or header. */
export const DiagnosesList = memo(
  function DiagnosesList({ diagnoses }: { diagnoses: readonly DiagnosisResult[] }) {
    if (diagnoses.length === 0) return <p className="cp-empty">No diagnoses yet.</p>;
    return (
      <ul className="cp-diagnoses">
        {diagnoses.map((d) => (
          <li key={`${d.origin}|${d.code}`} className={d.billable ? "cp-billable" : "cp-header"}>
            <span className="cp-dx-pointer">
              {d.origin === "note" && d.pointer !== null ? pointerLetter(d.pointer) : "Suggested"}
            </span>{" "}
            <span className="cp-code">{d.code}</span> <span>{d.title}</span>{" "}
            <span className="cp-dx-status">
              {d.billable ? "Billable" : "Header, not billable: choose a more specific code"}
            </span>
            {d.reason ? <p className="cp-dx-reason">{d.reason}</p> : null}
            {!d.billable && d.billableChildren.length > 0 ? (
              <ul className="cp-dx-children" aria-label={`Billable codes under ${d.code}`}>
                {d.billableChildren.map((c) => (
                  <li key={c.code}>
                    <span className="cp-code">{c.code}</span> {c.title}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    );
  },
  (a, b) => dequal(a.diagnoses, b.diagnoses),
);
