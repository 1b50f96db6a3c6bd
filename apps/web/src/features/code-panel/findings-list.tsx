import { memo } from "react";
import type { FindingResult } from "@tpi/schemas";
import { CitationsList } from "./citations-list";
import { dequal } from "dequal/lite";
import { SeverityBadge } from "./severity-badge";

const ORDER = { error: 0, warning: 1, info: 2 } as const;

interface FindingsListProps {
  readonly findings: readonly FindingResult[];
  readonly onJumpToField: (path: string) => void;
}

/** Errors first, then warnings, then notes; each a button that takes the user to the field. */
export const FindingsList = memo(function FindingsList({
  findings,
  onJumpToField,
}: FindingsListProps) {
  if (findings.length === 0) return <p className="cp-empty">No problems found.</p>;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <ul className="cp-findings">
      {sorted.map((f, i) => (
        <li key={`${f.ruleId}|${f.path}|${i}`} className={`cp-finding cp-finding-${f.severity}`}>
          {f.path ? (
            <button
              type="button"
              className="cp-finding-button"
              onClick={() => onJumpToField(f.path)}
            >
              <SeverityBadge severity={f.severity} />
              <span className="cp-finding-message">{f.message}</span>
              <span className="visually-hidden"> (go to field)</span>
            </button>
          ) : (
            // About the whole note (path ""): there is no field to go to, so no button that does nothing.
            <p className="cp-finding-text">
              <SeverityBadge severity={f.severity} />
              <span className="cp-finding-message">{f.message}</span>
            </p>
          )}
          <span className="cp-rule-ref">
            {f.ruleId} v{f.ruleVersion}
          </span>
          <CitationsList citations={f.citations} />
        </li>
      ))}
    </ul>
  );
}, findingsPropsEqual);

function findingsPropsEqual(a: FindingsListProps, b: FindingsListProps): boolean {
  return a.onJumpToField === b.onJumpToField && dequal(a.findings, b.findings);
}
