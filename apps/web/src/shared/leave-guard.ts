/**
 * In-app navigation guard. wouter has no blocker, so the router's `aroundNav` asks this module before
 * every in-app navigation; the note editor registers a check while it holds changes the server has not
 * acknowledged.
 *
 * A check answers at once (true: leave now) or holds the navigation (false) and may carry it out later
 * by calling `proceed` – the editor saves first and leaves when the server has the changes.
 */
export type LeaveCheck = (proceed: () => void) => boolean;

type Guard = { mayLeave: LeaveCheck; url: string };

let current: Guard | null = null;

/**
 * Registers a guard (mayLeave returns true when leaving is fine) for the page at `url`, and returns its
 * removal.
 */
export function setLeaveGuard(
  mayLeaveNow: LeaveCheck,
  url: string = window.location.href,
): () => void {
  const guard: Guard = { mayLeave: mayLeaveNow, url };
  current = guard;
  return () => {
    if (current === guard) current = null;
  };
}

/** True when leaving is fine now; otherwise the guard may call `proceed` once it is. */
export function mayLeave(proceed: () => void = () => undefined): boolean {
  return current === null ? true : current.mayLeave(proceed);
}

/**
 * The Back button. When popstate fires the URL has already changed, and the router's own popstate
 * listener re-renders (unmounting the editor) as soon as it runs. This listener is installed before the
 * router mounts, so it runs first: when the guard holds the navigation, it puts the editor's URL back
 * before the router looks, and nothing is unmounted; going back again is the guard's `proceed`.
 */
export function installBackButtonGuard(): void {
  window.addEventListener("popstate", () => {
    const guard = current;
    if (guard && !guard.mayLeave(() => window.history.back())) {
      window.history.pushState(window.history.state, "", guard.url);
    }
  });
}
