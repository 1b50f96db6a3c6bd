/**
 * In-app navigation guard. wouter has no blocker, so the router's `aroundNav` asks this module before
 * every in-app navigation; the note editor registers a check while it holds unsaved changes.
 */
type Guard = () => boolean;

let current: Guard | null = null;

/** Registers a guard (returns true when leaving is fine) and returns its removal. */
export function setLeaveGuard(guard: Guard): () => void {
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

export function mayLeave(): boolean {
  return current === null ? true : current();
}
