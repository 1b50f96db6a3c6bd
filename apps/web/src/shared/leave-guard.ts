/**
 * In-app navigation guard. wouter has no blocker, so the router's `aroundNav` asks this module before
 * every in-app navigation; the note editor registers a check while it holds unsaved changes.
 */
type Guard = { mayLeave: () => boolean; url: string };

let current: Guard | null = null;

/**
 * Registers a guard (mayLeave returns true when leaving is fine) for the page at `url`, and returns its
 * removal.
 */
export function setLeaveGuard(
  mayLeaveNow: () => boolean,
  url: string = window.location.href,
): () => void {
  const guard: Guard = { mayLeave: mayLeaveNow, url };
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

export function mayLeave(): boolean {
  return current === null ? true : current.mayLeave();
}

/**
 * The Back button. When popstate fires the URL has already changed, and the router's own popstate
 * listener re-renders (unmounting the editor) as soon as it runs. This listener is installed before the
 * router mounts, so it runs first: when the user chooses to stay, it puts the editor's URL back before
 * the router looks, and nothing is unmounted.
 */
export function installBackButtonGuard(): void {
  window.addEventListener("popstate", () => {
    const guard = current;
    if (guard && !guard.mayLeave()) window.history.pushState(window.history.state, "", guard.url);
  });
}
