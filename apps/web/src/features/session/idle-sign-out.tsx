import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { SessionInfo } from "@tpi/schemas";
import { getSessionInfo, touchSession } from "../../features/api/session-info";
import { isProblemError } from "../../features/api/problem-error";
import { ModalDialog } from "../../shared/ui/modal-dialog";

/** The warning comes this long before the idle sign-out. */
export const WARNING_MS = 60_000;
/** While the warning shows, how often the server is asked again (another tab may have kept it alive). */
const RECHECK_MS = 10_000;
/** Typing or clicking this recently, when the warning is due, counts as being there. */
const PRESENT_MS = 30_000;
/** After a failed check (network), try again this soon. */
const RETRY_MS = 30_000;

export interface SessionClock {
  read(): Promise<SessionInfo>;
  touch(): Promise<SessionInfo>;
}

const serverClock: SessionClock = { read: getSessionInfo, touch: touchSession };

type Props = {
  /** The session ended: sign out here (clear what is cached, go to sign-in saying why). */
  onExpired: (idleMinutes: number) => void;
  /** Sign out now, from the warning. */
  onSignOut: () => void;
  /** The server's session routes; a test passes its own. */
  clock?: SessionClock;
};

/**
 * The idle sign-out as the user sees it. The server ends a session SESSION_IDLE_MINUTES after its last
 * request; this asks the server (GET /api/session, which does not count as activity) when that will
 * be, and a minute before shows a dialog with "Stay signed in" (POST /api/session/touch) and "Sign out
 * now". The server is asked again before warning and at the end, so activity in another tab, or any
 * request this tab made meanwhile (an autosave), keeps the session without a warning. Typing or
 * clicking in the last half minute, when no request went out (a form not yet sent), counts too: the
 * session is kept alive instead of interrupting the user.
 */
export function IdleSignOut({ onExpired, onSignOut, clock = serverClock }: Props) {
  const [warning, setWarning] = useState<{ endsAt: number; idleMinutes: number } | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [staying, setStaying] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastInteraction = useRef(0);
  const ended = useRef(false);
  const idleMinutes = useRef(15);
  // The latest callback, without restarting the timers when the page (and so the callback) changes.
  const expiredRef = useRef(onExpired);
  useEffect(() => {
    expiredRef.current = onExpired;
  }, [onExpired]);
  const describedBy = useId();

  const checkRef = useRef<() => Promise<void>>(() => Promise.resolve());
  /** The next look at the session, in `ms`. */
  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void checkRef.current(), Math.max(0, ms));
  }, []);

  const check = useCallback(async (): Promise<void> => {
    if (ended.current) return;
    let info: SessionInfo;
    try {
      info = await clock.read();
    } catch (error) {
      if (isProblemError(error, 401)) {
        ended.current = true;
        setWarning(null);
        expiredRef.current(idleMinutes.current);
        return;
      }
      schedule(RETRY_MS);
      return;
    }
    idleMinutes.current = info.idleMinutes;
    const left = Date.parse(info.expiresAt) - Date.parse(info.now);
    if (left > WARNING_MS) {
      setWarning(null);
      schedule(left - WARNING_MS);
      return;
    }
    if (Date.now() - lastInteraction.current < PRESENT_MS) {
      // Someone is working on this screen without sending anything: keep the session, no dialog.
      try {
        const touched = await clock.touch();
        schedule(Date.parse(touched.expiresAt) - Date.parse(touched.now) - WARNING_MS);
        return;
      } catch {
        // Fall through to the warning; the next check sees whether the session is gone.
      }
    }
    const endsAt = Date.now() + Math.max(0, left);
    setWarning({ endsAt, idleMinutes: info.idleMinutes });
    schedule(Math.min(RECHECK_MS, Math.max(0, left) + 500));
  }, [clock, schedule]);

  useEffect(() => {
    checkRef.current = check;
    schedule(0);
    const mark = () => {
      lastInteraction.current = Date.now();
    };
    const events = ["keydown", "pointerdown", "input"] as const;
    for (const e of events) window.addEventListener(e, mark, { passive: true, capture: true });
    return () => {
      clearTimeout(timer.current);
      for (const e of events) window.removeEventListener(e, mark, { capture: true });
    };
  }, [check, schedule]);

  // The countdown ticks only while the warning shows.
  useEffect(() => {
    if (warning === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [warning]);

  const stay = async () => {
    setStaying(true);
    try {
      const info = await clock.touch();
      setWarning(null);
      schedule(Date.parse(info.expiresAt) - Date.parse(info.now) - WARNING_MS);
    } catch {
      void check();
    } finally {
      setStaying(false);
    }
  };

  if (warning === null) return null;
  const seconds = Math.max(0, Math.ceil((warning.endsAt - now) / 1000));
  const at = new Date(warning.endsAt).toLocaleTimeString([], {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  return (
    <ModalDialog
      open
      title="Are you still there?"
      role="alertdialog"
      describedBy={describedBy}
      className="idle-dialog"
      onClose={() => void stay()}
    >
      <div className="dialog-body">
        <p id={describedBy}>
          Nothing has happened for {warning.idleMinutes - 1} minutes. To protect patient data you
          will be signed out at {at} unless you stay signed in.
        </p>
        <p className="idle-countdown" aria-hidden="true">
          Signing out in {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, "0")}
        </p>
      </div>
      <div className="button-row dialog-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void stay()}
          disabled={staying}
          data-autofocus
        >
          Stay signed in
        </button>
        <button type="button" className="button button-secondary" onClick={onSignOut}>
          Sign out now
        </button>
      </div>
    </ModalDialog>
  );
}
