import { createHash } from "node:crypto";
import type pg from "pg";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
  type IRateLimiterOptions,
} from "rate-limiter-flexible";
import type { Db } from "../db/connect.js";

export interface SignInThrottleOptions {
  /** Failed sign-ins for one email before that email is paused. */
  readonly failuresPerAccount: number;
  /** Failed sign-ins from one network address, whatever the emails, before it is paused. */
  readonly failuresPerAddress: number;
  /** How long failures are counted, and how long a pause lasts, in seconds. */
  readonly windowSeconds: number;
}

/**
 * Five wrong passwords pause that account for 15 minutes; a hundred failures from one address pause
 * it too (guessing across many accounts). Generous enough that a clinic behind one NAT address is not
 * locked out by its own typing, slow enough to make guessing useless.
 */
export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleOptions = {
  failuresPerAccount: 5,
  failuresPerAddress: 100,
  windowSeconds: 15 * 60,
};

/**
 * Slows password guessing (OWASP Authentication Cheat Sheet: throttle, do not lock forever). Every
 * attempt is counted before its password is checked, so a burst of parallel guesses cannot slip past
 * the limit while the hashes are being compared; a success gives the count back. Past a limit, every
 * attempt for that email or from that address is refused until the pause ends, whether or not the
 * password is right, and unknown emails are counted like real ones, so the refusal reveals nothing
 * about which accounts exist.
 *
 * Where the counts live (rate-limiter-flexible):
 * - PostgreSQL: in the `sign_in_throttle` table (migration 2026-11-29-2003, the library's layout), so
 *   every API process on that database counts the same failures, and a restart forgets nothing;
 * - SQLite (one API process): in this process's memory.
 */
export class SignInThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  /** The throttle for this database: shared through PostgreSQL, in memory for SQLite. */
  static forDatabase(db: Db, options?: SignInThrottleOptions): SignInThrottle {
    return new SignInThrottle(options, db.pgPool);
  }

  constructor(options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE, pgPool?: pg.Pool) {
    const limiter = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const common: IRateLimiterOptions = {
        keyPrefix,
        points,
        duration: options.windowSeconds,
        blockDuration: options.windowSeconds,
      };
      return pgPool === undefined
        ? new RateLimiterMemory(common)
        : new RateLimiterPostgres({
            ...common,
            storeClient: pgPool,
            storeType: "pool",
            // Created by the migration, in the schema the pool's search_path selects.
            tableName: "sign_in_throttle",
            tableCreated: true,
          });
    };
    this.byAccount = limiter("sign-in-account", options.failuresPerAccount);
    this.byAddress = limiter("sign-in-address", options.failuresPerAddress);
  }

  /**
   * Counts an attempt for this email from this address. Returns 0 when it may go ahead, or the seconds
   * until the email or address may try again (the attempt is refused).
   */
  async attempt(email: string, address: string): Promise<number> {
    const waits = await Promise.all([
      consumeOne(this.byAccount, accountKey(email)),
      consumeOne(this.byAddress, address),
    ]);
    return Math.max(...waits);
  }

  /** The password was right: the email's failures are forgotten and the address gets its count back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([
      this.byAccount.delete(accountKey(email)),
      this.byAddress.reward(address, 1),
    ]);
  }
}

/**
 * Emails differ in case and spaces as typed; one account is one key. Hashed, so the table holds no
 * email addresses and any length fits its varchar(255) key.
 */
const accountKey = (email: string) =>
  createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

/**
 * Counts one attempt: 0 when within the limit, else the seconds until the key may try again. Past the
 * limit the library rejects with its result (and blocks the key): that is the pause, not an error.
 */
async function consumeOne(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
    throw rejection;
  }
}
