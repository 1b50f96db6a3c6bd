import { createContext, useContext, useSyncExternalStore } from "react";
import type { CodingResult } from "@tpi/schemas";

/**
 * The engine's latest result for the note on screen, shared by the code panel (which computes it)
 * with the form, so a code or unit the form shows beside an injectate is the claim's own line for the
 * note's payer, never a second calculation that can disagree with it (issue 10, kind 4).
 */
export type CodingResultStore = {
  get: () => CodingResult | null;
  set: (result: CodingResult | null) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createCodingResultStore(): CodingResultStore {
  let current: CodingResult | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (result) => {
      if (result === current) return;
      current = result;
      for (const l of listeners) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const CodingResultContext = createContext<CodingResultStore | null>(null);

/**
 * The claim's drug line for an agent, as "J0665 × 25"; "none" when the claim has no line for it
 * (the payer bundles it, it has no code); null while there is no result to read. A string, so a row
 * re-renders only when its own line changes.
 */
export function useClaimDrugLine(agentId: string | undefined): string | null {
  const store = useContext(CodingResultContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () =>
    drugLineText(store?.get() ?? null, agentId),
  );
}

const noSubscribe = () => () => undefined;

export function drugLineText(
  result: CodingResult | null,
  agentId: string | undefined,
): string | null {
  if (!result || !agentId) return null;
  const line = result.claimLines.find(
    (l) => l.drug?.agentId === agentId && !l.modifiers.includes("JW"),
  );
  return line ? `${line.code} × ${line.units}` : "none";
}

/**
 * A value derived from the latest result (a string or number, so a component re-renders only when it
 * changes); `fallback` while there is no result.
 */
export function useCodingResultValue<T extends string | number | null>(
  select: (result: CodingResult) => T,
  fallback: T,
): T {
  const store = useContext(CodingResultContext);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () => {
    const result = store?.get() ?? null;
    return result ? select(result) : fallback;
  });
}
