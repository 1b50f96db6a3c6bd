import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

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
 * Slows password guessing (OWASP Authentication Cheat Sheet: throttle, do not lock forever). Past a
 * limit, every attempt for that email or from that address is refused until the pause ends, whether
 * or not the password is right, and unknown emails are counted like real ones, so the refusal reveals
 * nothing about which accounts exist. A successful sign-in clears its email's count.
 *
 * The counts live in this process's memory (rate-limiter-flexible): right for the single-process
 * SQLite set-up; several API processes behind a balancer would each keep their own, and a restart
 * forgets them.
 */
export class SignInThrottle {
  private readonly byAccount: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(private readonly options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE) {
    const limiter = (keyPrefix: string, points: number) =>
      new RateLimiterMemory({
        keyPrefix,
        points,
        duration: options.windowSeconds,
        blockDuration: options.windowSeconds,
      });
    this.byAccount = limiter("sign-in-account", options.failuresPerAccount);
    this.byAddress = limiter("sign-in-address", options.failuresPerAddress);
  }

  /** Seconds until this email from this address may try again; 0 when it may now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const [account, from] = await Promise.all([
      this.byAccount.get(accountKey(email)),
      this.byAddress.get(address),
    ]);
    return Math.max(
      waitSeconds(account, this.options.failuresPerAccount),
      waitSeconds(from, this.options.failuresPerAddress),
    );
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      consumeOne(this.byAccount, accountKey(email)),
      consumeOne(this.byAddress, address),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(accountKey(email));
  }
}

/** Emails differ in case and spaces as typed; one account is one key. */
const accountKey = (email: string) => email.trim().toLowerCase();

function waitSeconds(res: RateLimiterRes | null, limit: number): number {
  return res !== null && res.consumedPoints >= limit
    ? Math.max(1, Math.ceil(res.msBeforeNext / 1000))
    : 0;
}

/** Counts one failure. Past the limit the library rejects (and blocks): that is the pause, not an error. */
async function consumeOne(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
  }
}
