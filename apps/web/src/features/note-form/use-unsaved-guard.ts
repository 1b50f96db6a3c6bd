import { useEffect } from "react";
import { setLeaveGuard } from "../../shared/leave-guard";

const MESSAGE = "This note has changes that are not saved. Leave and lose them?";

/**
 * While the note is dirty: the browser asks before closing or reloading (beforeunload); the app asks
 * before an in-app navigation and on the Back button (shared/leave-guard).
 */
export function useUnsavedGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a returnValue to show their prompt.
      event.returnValue = MESSAGE;
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    const removeGuard = setLeaveGuard(() => window.confirm(MESSAGE), window.location.href);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      removeGuard();
    };
  }, [dirty]);
}
