import { describe, expect, it } from "vitest";
import { SignInThrottle } from "../src/auth/sign-in-throttle.js";

// The throttle on its own, with a one-second window so the end of a pause can be seen without a clock.
describe("SignInThrottle", () => {
  const small = { failuresPerAccount: 2, failuresPerAddress: 3, windowSeconds: 1 };

  it("refuses an email past its limit, case and spaces aside, and lets it try again after the window", async () => {
    const t = new SignInThrottle(small);
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt(" A@X.test ", "10.0.0.2")).toBe(0);
    expect(await t.attempt("a@x.test", "10.0.0.3")).toBe(1);
    expect(await t.attempt("b@x.test", "10.0.0.3")).toBe(0);
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await t.attempt("a@x.test", "10.0.0.4")).toBe(0);
  });

  it("refuses an address past its limit across many emails", async () => {
    const t = new SignInThrottle(small);
    for (const email of ["a@x.test", "b@x.test", "c@x.test"]) {
      expect(await t.attempt(email, "10.0.0.9")).toBe(0);
    }
    expect(await t.attempt("d@x.test", "10.0.0.9")).toBe(1);
    expect(await t.attempt("d@x.test", "10.0.0.8")).toBe(0);
  });

  it("counts parallel attempts one by one: a burst cannot pass the limit", async () => {
    const t = new SignInThrottle(small);
    const waits = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.attempt("a@x.test", `10.0.1.${i}`)),
    );
    expect(waits.filter((w) => w === 0)).toHaveLength(2);
  });

  it("a success forgets the email's failures and gives the address its count back", async () => {
    const t = new SignInThrottle(small);
    await t.attempt("a@x.test", "10.0.0.1");
    await t.succeeded("a@x.test", "10.0.0.1");
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt("a@x.test", "10.0.0.1")).toBe(0);
    // Two attempts counted for the address, after the one given back: one more is allowed.
    expect(await t.attempt("b@x.test", "10.0.0.1")).toBe(0);
    expect(await t.attempt("c@x.test", "10.0.0.1")).toBe(1);
  });
});
