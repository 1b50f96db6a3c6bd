import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "../src/auth/password-policy.js";

describe("weakPasswordReason", () => {
  const person = { email: "marisol.ortega@clinic.test", displayName: "Marisol Ortega" };

  it.each([
    "correct horse battery staple",
    "Trigger point clinic 2026!",
    "ortega loves long walks by the sea",
    "an admin who likes passphrases",
  ])("accepts a long password that is not easy to guess: %s", (password) => {
    expect(weakPasswordReason(password, person)).toBeUndefined();
  });

  it.each([
    ["too short", "Sh0rt-pass!"],
    ["a well-known password with a number", "Password2026"],
    ["a keyboard row", "qwertyuiop12"],
    ["the demo password with a suffix", "demo-tpi-2026"],
    ["one character", "xxxxxxxxxxxxxxxx"],
    ["a repeated pattern", "abc12abc12abc12"],
    ["a run of letters", "abcdefghijklmn"],
    ["a run of digits backwards", "9876543210987"],
    ["the email's name", "marisol.ortega!2026"],
    ["the person's name", "Ortega Marisol 1"],
  ])("refuses %s", (_kind, password) => {
    expect(weakPasswordReason(password, person)).toEqual(expect.any(String));
  });
});
