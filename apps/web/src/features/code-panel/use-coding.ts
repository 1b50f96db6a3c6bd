import { useMemo, useState } from "react";
import { BUILT_IN_PAYER_PROFILES, codeNote } from "@tpi/coding";
import type { CodingResult, Note } from "@tpi/schemas";
import { useCodeSets } from "../code-sets";
import { usePayerProfiles } from "../../features/api/payer-profiles-list";

export type CodingState =
  | { readonly status: "no-note"; readonly result: null }
  | { readonly status: "loading"; readonly result: null }
  | {
      readonly status: "error";
      readonly result: null;
      readonly error: Error;
      readonly retry: () => void;
    }
  | { readonly status: "engine-error"; readonly result: null; readonly error: Error }
  /** `updating`: the note's diagnosis codes changed and their rows are on the way; `result` is for the note as it was. */
  | { readonly status: "ready"; readonly result: CodingResult; readonly updating: boolean };

/**
 * Codes the note in the browser on every change: the engine is pure and synchronous, so there is no
 * request per keystroke, and the server re-runs the same engine at signing. Only the code sets and the
 * payer profiles (the built-in ones and the clinic's latest versions, GET /api/payer-profiles: the
 * same list the server signs with) are fetched. If the profiles cannot be read, the built-in ones
 * are used, and a clinic profile shows as unknown rather than blocking the panel.
 */
export function useCoding(note: Note | null): CodingState {
  const sets = useCodeSets(note);
  const codeSets = sets.codeSets;
  const profiles = usePayerProfiles();
  const payerProfiles = profiles.data ?? (profiles.isError ? BUILT_IN_PAYER_PROFILES : undefined);
  const updating = sets.status === "ready" && sets.updating;
  // While a changed list of diagnosis codes loads (one small request), the panel keeps the result it
  // showed rather than coding the new note on rows that lack its new codes (which would flash
  // "not a valid code") or flashing "Loading".
  // (React's pattern for a value from an earlier render: state set during render, no effect.)
  const [last, setLast] = useState<CodingResult | null>(null);
  // codeNote never throws on a valid note; if an engine bug makes it throw anyway, the panel says so
  // instead of taking the note form (and unsaved work) down with it.
  const computed = useMemo((): { result: CodingResult } | { error: Error } | null => {
    if (!note || !codeSets || !payerProfiles || updating) return null;
    try {
      return { result: codeNote(note, { codeSets, payerProfiles }) };
    } catch (e) {
      console.error("codeNote failed", e);
      return { error: e instanceof Error ? e : new Error(String(e)) };
    }
  }, [note, codeSets, payerProfiles, updating]);
  if (computed && "result" in computed && computed.result !== last) setLast(computed.result);
  const outcome = updating ? (last ? { result: last } : null) : computed;
  if (!note) return { status: "no-note", result: null };
  if (outcome && "result" in outcome) return { status: "ready", result: outcome.result, updating };
  if (outcome) return { status: "engine-error", result: null, error: outcome.error };
  if (sets.status === "error") {
    return { status: "error", result: null, error: sets.error, retry: sets.retry };
  }
  return { status: "loading", result: null };
}
