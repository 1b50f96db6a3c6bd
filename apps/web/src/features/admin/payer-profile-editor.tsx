import { useId, useMemo, useRef, useState } from "react";
import { PayerProfileSchema, type PayerProfile } from "@tpi/schemas";
import { isProblemError } from "../../features/api/problem-error";
import { parseJsonWithLines } from "./json-lines";

/** One thing wrong with the JSON, at its line. */
export type JsonProblem = { line: number; path: string; message: string };

type Props = {
  /** The JSON the editor opens with. */
  initialText: string;
  /** null: a new profile (version 1); else the id being given a new version. */
  versionOf: string | null;
  /** Saves the parsed JSON; rejects with the server's problem (400 with paths, 409). */
  onSave: (profile: unknown) => Promise<PayerProfile>;
  onCancel: () => void;
};

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "symbol" ? (p.description ?? "") : String(p))).join(".");
}

/**
 * Checks profile JSON the way the server will: a syntax error with its line and column, then every
 * PayerProfileSchema issue with its field path at the line it is on. Returns the value to send when
 * there is nothing to say.
 */
export function checkProfileJson(
  text: string,
  versionOf: string | null,
): { ok: true; value: unknown } | { ok: false; problems: JsonProblem[] } {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: [
        { line: parsed.line, path: "", message: `${parsed.message} (column ${parsed.column})` },
      ],
    };
  }
  const result = PayerProfileSchema.safeParse(parsed.value);
  const problems: JsonProblem[] = result.success
    ? []
    : result.error.issues.map((i) => {
        const path = issuePath(i.path);
        return { line: parsed.lineOf(path), path, message: i.message };
      });
  if (result.success && versionOf !== null && result.data.id !== versionOf) {
    problems.push({
      line: parsed.lineOf("id"),
      path: "id",
      message: `Must be "${versionOf}": a new version keeps the profile's id`,
    });
  }
  return problems.length === 0 ? { ok: true, value: parsed.value } : { ok: false, problems };
}

/**
 * Paste or edit a payer profile's JSON. Line numbers beside the text; every problem is listed with
 * its line and field, announced, and a click on it puts the cursor on that line.
 */
export function PayerProfileEditor({ initialText, versionOf, onSave, onCancel }: Props) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const [problems, setProblems] = useState<JsonProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lineCount = useMemo(() => text.split("\n").length, [text]);
  const badLines = useMemo(() => new Set(problems.map((p) => p.line)), [problems]);

  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = el.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    const end = start + (lines[line - 1]?.length ?? 0);
    el.focus();
    el.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 3) * lineHeight);
  };

  const check = (): unknown => {
    setFailure(null);
    const result = checkProfileJson(text, versionOf);
    setChecked(true);
    if (!result.ok) {
      setProblems(result.problems);
      return undefined;
    }
    setProblems([]);
    return result.value;
  };

  const save = async () => {
    const value = check();
    if (value === undefined) return;
    setSaving(true);
    try {
      await onSave(value);
    } catch (error) {
      const parsed = parseJsonWithLines(text);
      const lineOf = parsed.ok ? parsed.lineOf : () => 1;
      const fields = isProblemError(error) ? error.fieldErrors : [];
      if (fields.length > 0) {
        setProblems(
          fields.map((f) => ({ line: lineOf(f.path), path: f.path, message: f.message })),
        );
      }
      setFailure(
        isProblemError(error)
          ? (error.problem.detail ?? error.problem.title)
          : error instanceof Error
            ? error.message
            : "Not saved.",
      );
    } finally {
      setSaving(false);
    }
  };

  const errorsId = `${id}-errors`;
  return (
    <div className="profile-editor">
      <div className="field">
        <label htmlFor={`${id}-json`}>Profile JSON</label>
        <p className="hint" id={`${id}-hint`}>
          One profile object, as described in docs/payer-profiles.md. Fields left out take the
          schema&apos;s defaults. The server numbers the versions.
        </p>
        <div className="json-editor">
          <pre className="json-gutter" aria-hidden="true" ref={gutter}>
            {Array.from({ length: lineCount }, (_, i) => (
              <span key={i} className={badLines.has(i + 1) ? "json-line-bad" : undefined}>
                {i + 1}
                {"\n"}
              </span>
            ))}
          </pre>
          <textarea
            id={`${id}-json`}
            ref={area}
            className="json-text"
            value={text}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            rows={22}
            onChange={(e) => {
              setText(e.target.value);
              setChecked(false);
            }}
            onScroll={(e) => {
              if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
            }}
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={`${id}-hint${problems.length > 0 ? ` ${errorsId}` : ""}`}
          />
        </div>
      </div>
      {problems.length > 0 ? (
        <div className="alert alert-error error-summary" role="alert" id={errorsId}>
          <p className="alert-title">
            {problems.length === 1 ? "One problem" : `${problems.length} problems`} in the JSON
            {failure ? `: ${failure}` : ""}
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.line}-${p.path}-${i}`}>
                <button type="button" className="link-button" onClick={() => goToLine(p.line)}>
                  Line {p.line}
                </button>
                {p.path ? (
                  <>
                    {" "}
                    <code>{p.path}</code>
                  </>
                ) : null}
                : {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : failure ? (
        <p className="alert alert-error" role="alert">
          {failure}
        </p>
      ) : checked ? (
        <p className="alert alert-info" role="status">
          The JSON is a valid payer profile.
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save()}
          disabled={saving}
        >
          {saving ? "Saving…" : versionOf === null ? "Create profile" : "Save as new version"}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void check()}>
          Check
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
