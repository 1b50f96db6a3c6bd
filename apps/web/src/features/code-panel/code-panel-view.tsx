import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { CodingResult } from "@tpi/schemas";
import { ChecklistList } from "./checklist-list";
import { ClaimAnnouncer } from "./claim-announcer";
import { ClaimLineItem, claimLineTestIds } from "./claim-line-item";
import { DiagnosesList } from "./diagnoses-list";
import { FindingsList } from "./findings-list";
import { HintsList } from "./hints-list";
import { announcementText, summaryText } from "./summarize";
import "./code-panel.css";

export interface CodePanelViewProps {
  readonly result: CodingResult;
  readonly onJumpToField: (path: string) => void;
  /** Start collapsed to the summary bar (tablets); the bar toggles the details. */
  readonly defaultCollapsed?: boolean;
}

/** Renders an engine result. Pure presentation: the engine runs in useCoding, not here. */
export function CodePanelView({
  result,
  onJumpToField,
  defaultCollapsed = false,
}: CodePanelViewProps) {
  // A stable callback, so memoised sections do not re-render because the parent passed a new arrow.
  const jumpRef = useRef(onJumpToField);
  useLayoutEffect(() => {
    jumpRef.current = onJumpToField;
  });
  const jump = useCallback((path: string) => jumpRef.current(path), []);
  const [collapsed, setCollapsed] = useState(defaultCollapsed);

  const testIds = useMemo(() => claimLineTestIds(result.claimLines), [result.claimLines]);
  const summary = summaryText(result);
  const detailsId = "code-panel-details";

  return (
    <section className="cp" data-testid="code-panel" aria-labelledby="code-panel-title">
      <h2 id="code-panel-title" className="cp-title">
        Codes
      </h2>
      <button
        type="button"
        className="cp-summary"
        aria-expanded={!collapsed}
        aria-controls={detailsId}
        onClick={() => setCollapsed((c) => !c)}
        data-testid="code-panel-summary"
      >
        {summary}
      </button>
      <ClaimAnnouncer text={announcementText(result.claimLines)} />
      <div id={detailsId} hidden={collapsed} className="cp-details">
        <h3>Claim lines</h3>
        {result.claimLines.length === 0 ? (
          <p className="cp-empty">No claim lines yet: add muscles with an injectate.</p>
        ) : (
          <ol className="cp-lines">
            {result.claimLines.map((line, i) => (
              <ClaimLineItem
                key={testIds[i]}
                testId={testIds[i] ?? `claim-line-${line.code}`}
                line={line}
                onJumpToField={jump}
              />
            ))}
          </ol>
        )}

        <h3>Problems</h3>
        <FindingsList findings={result.findings} onJumpToField={jump} />

        {result.hints.length > 0 ? (
          <>
            <h3>Would change if</h3>
            <HintsList hints={result.hints} />
          </>
        ) : null}

        <h3>Documentation checklist</h3>
        <ChecklistList items={result.checklist} onJumpToField={jump} />

        <h3>Diagnoses</h3>
        <DiagnosesList diagnoses={result.diagnoses} />

        <p className="cp-provenance">
          {result.payerProfile ? `Payer rules: ${result.payerProfile.name}. ` : ""}
          Code sets:{" "}
          {[
            result.codeSets.icd10cm,
            result.codeSets.hcpcs,
            result.codeSets.ncciPtp,
            result.codeSets.mue,
          ]
            .filter((x): x is string => x !== null)
            .join("; ")}
          . Engine {result.engineVersion}.
        </p>
      </div>
    </section>
  );
}
