import type { NoteSectionId, User } from "@tpi/schemas";
import type { AuditContext } from "../audit/audit-context.js";
import type { ActiveSession } from "../auth/session-store.js";
import type { SignInThrottleOptions } from "../auth/sign-in-throttle.js";
import type { Db } from "../db/connect.js";
import type { Logger } from "../log.js";

/** What the app needs from outside; tests pass real parts (a real database), never mocks. */
export interface AppDeps {
  db: Db;
  logger: Logger;
  /** Absolute folder of the built web app; when it has no index.html only /api is served. */
  webDist?: string | undefined;
  /** Injected so session expiry can be tested without waiting. */
  now?: () => Date;
  version?: string;
  /** Limits on failed sign-ins (defaults: DEFAULT_SIGN_IN_THROTTLE). */
  signInThrottle?: SignInThrottleOptions;
  /** Sections a medical assistant may change (settings.assistantSections; default DEFAULT_ASSISTANT_SECTIONS). */
  assistantSections?: readonly NoteSectionId[];
  /** Minutes without a request before a session ends (settings.sessionIdleMinutes; default 15). */
  sessionIdleMinutes?: number;
  /** Addresses of reverse proxies whose X-Forwarded-For and -Proto are believed (TRUST_PROXY). */
  trustProxy?: readonly string[];
}

export interface AppEnv {
  Variables: {
    /** Set by the session middleware on every authenticated /api request. */
    user: User;
    /** The session behind `user`, with its end after this request's activity. */
    session: ActiveSession;
    /** What routes added for this request's audit row (see audit/audit-context.ts). */
    audit: AuditContext | undefined;
    /** The caller's address, through a trusted proxy (http/client-address.ts). */
    clientAddress: string;
    /** Whether the browser is on https (directly or at a trusted proxy). */
    https: boolean;
  };
}
