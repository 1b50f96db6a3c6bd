import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionInfo } from "@tpi/schemas";
import { ProblemError } from "../../features/api/problem-error";
import { IdleSignOut, type SessionClock } from "./idle-sign-out";

afterEach(cleanup);

const MINUTE = 60_000;
const USER = {
  id: "u1",
  email: "physician@demo.tpi",
  displayName: "Dr. Demo",
  role: "physician",
} as const;

/**
 * The server's session rules in a few lines (ends 15 minutes after the last request; reading the
 * end is passive; touching moves it), so the component's timing can be run minute by minute.
 */
function sessionServer(idleMinutes = 15) {
  let expiresAt = Date.now() + idleMinutes * MINUTE;
  const info = (): SessionInfo => {
    if (Date.now() >= expiresAt) {
      throw new ProblemError({
        type: "/problems/unauthenticated",
        title: "Sign-in required",
        status: 401,
      });
    }
    return {
      user: USER,
      expiresAt: new Date(expiresAt).toISOString(),
      now: new Date().toISOString(),
      idleMinutes,
    };
  };
  const calls = { read: 0, touch: 0 };
  const clock: SessionClock = {
    read: () => {
      calls.read += 1;
      return Promise.resolve().then(info);
    },
    touch: () => {
      calls.touch += 1;
      return Promise.resolve().then(() => {
        info();
        expiresAt = Date.now() + idleMinutes * MINUTE;
        return info();
      });
    },
  };
  /** Another tab (or this one's autosave) made a request. */
  const activity = () => {
    expiresAt = Date.now() + idleMinutes * MINUTE;
  };
  return { clock, calls, activity };
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe("IdleSignOut", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-20T08:00:00Z") });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function mount(server: ReturnType<typeof sessionServer>) {
    const onExpired = vi.fn();
    const onSignOut = vi.fn();
    render(<IdleSignOut clock={server.clock} onExpired={onExpired} onSignOut={onSignOut} />);
    return { onExpired, onSignOut };
  }

  it("warns a minute before the idle sign-out, not before", async () => {
    const server = sessionServer();
    mount(server);
    await advance(13 * MINUTE + 50_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await advance(15_000);
    const dialog = screen.getByRole("alertdialog", { name: "Are you still there?" });
    expect(dialog.textContent).toContain("signed out at");
    expect(screen.getByRole("button", { name: "Stay signed in" })).toBeTruthy();
  });

  it('"Stay signed in" extends the session on the server and closes the warning', async () => {
    const server = sessionServer();
    const { onExpired } = mount(server);
    await advance(14 * MINUTE + 1_000);
    fireEvent.click(screen.getByRole("button", { name: "Stay signed in" }));
    await advance(0);
    expect(server.calls.touch).toBe(1);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    // A full idle period on: no sign-out at the old end, a new warning before the new one.
    await advance(10 * MINUTE);
    expect(onExpired).not.toHaveBeenCalled();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await advance(4 * MINUTE);
    expect(screen.getByRole("alertdialog")).toBeTruthy();
  });

  it("signs out when the warning is left unanswered, saying after how many minutes", async () => {
    const server = sessionServer(15);
    const { onExpired } = mount(server);
    await advance(14 * MINUTE + 1_000);
    expect(screen.getByRole("alertdialog")).toBeTruthy();
    await advance(MINUTE);
    expect(onExpired).toHaveBeenCalledExactlyOnceWith(15);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("does not warn while requests keep the session alive (another tab, an autosave)", async () => {
    const server = sessionServer();
    const { onExpired } = mount(server);
    for (let i = 0; i < 4; i += 1) {
      await advance(10 * MINUTE);
      server.activity();
    }
    await advance(10 * MINUTE);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onExpired).not.toHaveBeenCalled();
    expect(server.calls.touch).toBe(0);
  });

  it("closes the warning when another tab kept the session alive meanwhile", async () => {
    const server = sessionServer();
    mount(server);
    await advance(14 * MINUTE + 1_000);
    expect(screen.getByRole("alertdialog")).toBeTruthy();
    server.activity();
    await advance(11_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("keeps the session without a warning for someone typing in the last half minute with nothing sent", async () => {
    const server = sessionServer();
    const { onExpired } = mount(server);
    await advance(13 * MINUTE + 45_000);
    fireEvent.keyDown(window, { key: "a" });
    await advance(MINUTE);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(server.calls.touch).toBe(1);
    await advance(5 * MINUTE);
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('"Sign out now" signs out at once', async () => {
    const server = sessionServer();
    const { onSignOut } = mount(server);
    await advance(14 * MINUTE + 1_000);
    fireEvent.click(screen.getByRole("button", { name: "Sign out now" }));
    expect(onSignOut).toHaveBeenCalledOnce();
  });
});
