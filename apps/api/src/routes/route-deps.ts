import type { NoteSectionId } from "@tpi/schemas";
import type { SessionPolicy } from "../auth/session-store.js";
import type { SignInThrottle } from "../auth/sign-in-throttle.js";
import type { Db } from "../db/connect.js";
import type { Logger } from "../log.js";

/** AppDeps with the defaults filled in, as the route modules see them. */
export interface RouteDeps {
  db: Db;
  logger: Logger;
  now: () => Date;
  version: string;
  signInThrottle: SignInThrottle;
  assistantSections: readonly NoteSectionId[];
  sessionPolicy: SessionPolicy;
}
