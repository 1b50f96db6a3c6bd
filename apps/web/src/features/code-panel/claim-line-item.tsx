import { memo } from "react";
import type { ClaimLine } from "@tpi/schemas";
import { CitationsList } from "./citations-list";
import { dequal } from "dequal/lite";
import { pointerLetter } from "./pointer-letter";

interface ClaimLineItemProps {
  readonly line: ClaimLine;
  readonly testId: string;
  readonly onJumpToField: (path: string) => void;
}

/**
 * One claim line with its "why" behind a native disclosure (keyboard and screen-reader friendly).
 * Memoised by structure: typing in an unrelated field re-runs the engine, but a line whose content did
 * not change is not re-rendered, and its open/closed state survives.
 */
export const ClaimLineItem = memo(function ClaimLineItem({
  line,
  testId,
  onJumpToField,
}: ClaimLineItemProps) {
  return (
    <li className="cp-line" data-testid={testId}>
      <div className="cp-line-head">
        <span className="cp-code">{line.code}</span>
        <span className="cp-desc">{line.description}</span>
        <dl className="cp-line-facts">
          <div>
            <dt>Modifiers</dt>
            <dd>{line.modifiers.length > 0 ? line.modifiers.join(", ") : "none"}</dd>
          </div>
          <div>
            <dt>Units</dt>
            <dd>{line.units}</dd>
          </div>
          <div>
            <dt>Diagnosis pointers</dt>
            <dd>
              {line.diagnosisPointers.length > 0
                ? line.diagnosisPointers.map(pointerLetter).join(" ")
                : "none"}
            </dd>
          </div>
        </dl>
      </div>
      {line.drug ? (
        <p className="cp-drug">
          Dose {line.drug.dose} {line.drug.doseUnit}; one billing unit ={" "}
          {line.drug.billingUnitAmount} {line.drug.doseUnit}
          {line.drug.discardedUnits > 0 ? `; ${line.drug.discardedUnits} unit(s) discarded` : ""}
        </p>
      ) : null}
      <details className="cp-why">
        <summary>Why {line.code}</summary>
        <p>{line.rationale}</p>
        {line.evidence.length > 0 ? (
          <>
            <h4>From the note</h4>
            <ul className="cp-evidence">
              {line.evidence.map((e, i) => (
                <li key={`${e.fact}|${e.path}|${i}`}>
                  {e.path ? (
                    <button type="button" className="cp-link" onClick={() => onJumpToField(e.path)}>
                      {factLabel(e.fact)}: {String(e.value)}
                    </button>
                  ) : (
                    <span>
                      {factLabel(e.fact)}: {String(e.value)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h4>Rules</h4>
        <ul className="cp-rules">
          {line.rules.map((r) => (
            <li key={`${r.id}@${r.version}`}>
              {r.id} v{r.version}
            </li>
          ))}
        </ul>
        {line.citations.length > 0 ? (
          <>
            <h4>Sources</h4>
            <CitationsList citations={line.citations} />
          </>
        ) : null}
      </details>
    </li>
  );
}, claimLinePropsEqual);

export function claimLinePropsEqual(a: ClaimLineItemProps, b: ClaimLineItemProps): boolean {
  return a.testId === b.testId && a.onJumpToField === b.onJumpToField && dequal(a.line, b.line);
}

/**
 * Test ids for lines: `claim-line-<code>` for the first line of a code; a second line of the same code
 * (a drug's discarded-amount JW line) gets its modifiers appended so every id stays unique.
 */
export function claimLineTestIds(lines: readonly ClaimLine[]): string[] {
  const seen = new Set<string>();
  return lines.map((l) => {
    let id = `claim-line-${l.code}`;
    if (seen.has(id)) id = `${id}-${l.modifiers.join("-") || "2"}`;
    let n = 2;
    while (seen.has(id)) id = `claim-line-${l.code}-${n++}`;
    seen.add(id);
    return id;
  });
}

/** "distinctInjectedMuscles" -> "distinct injected muscles": the engine's fact names, readable. */
export function factLabel(fact: string): string {
  return fact
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase();
}
