import { describe, expect, it } from "vitest";
import { SignInThrottle } from "../src/auth/sign-in-throttle.js";

// The throttle on its own, with a one-second window so the end of a pause can be seen without a clock.
describe("SignInThrottle", () => {
  const small = { failuresPerAccount: 2, failuresPerAddress: 3, windowSeconds: 1 };

  it("pauses an email at its limit, case and spaces aside, and lets it try again after the window", async () => {
    const t = new SignInThrottle(small);
    await t.recordFailure("a@x.test", "10.0.0.1");
    expect(await t.retryAfterSeconds("a@x.test", "10.0.0.1")).toBe(0);
    await t.recordFailure(" A@X.test ", "10.0.0.2");
    expect(await t.retryAfterSeconds("a@x.test", "10.0.0.3")).toBe(1);
    expect(await t.retryAfterSeconds("b@x.test", "10.0.0.3")).toBe(0);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await t.retryAfterSeconds("a@x.test", "10.0.0.3")).toBe(0);
  });

  it("pauses an address that fails across many emails", async () => {
    const t = new SignInThrottle(small);
    for (const email of ["a@x.test", "b@x.test", "c@x.test"]) {
      await t.recordFailure(email, "10.0.0.9");
    }
    expect(await t.retryAfterSeconds("d@x.test", "10.0.0.9")).toBe(1);
    expect(await t.retryAfterSeconds("d@x.test", "10.0.0.8")).toBe(0);
  });

  it("a success clears the email's count", async () => {
    const t = new SignInThrottle(small);
    await t.recordFailure("a@x.test", "10.0.0.1");
    await t.recordSuccess("a@x.test");
    await t.recordFailure("a@x.test", "10.0.0.1");
    expect(await t.retryAfterSeconds("a@x.test", "10.0.0.4")).toBe(0);
  });
});
