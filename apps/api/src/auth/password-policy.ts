import { PasswordSchema } from "@tpi/schemas";

/**
 * Passwords long rather than clever (NIST SP 800-63B §3.1.1.2): at least 12 characters (PasswordSchema,
 * shared with the web form), no composition rules, but refused when they are easy to guess anyway: a
 * well-known password or keyboard run, one character or a short pattern repeated, or the account's own
 * email or name. Used by every place that sets a password: the admin's user routes, a user's own
 * change, and `pnpm create-admin`.
 */
const COMMON = [
  "password",
  "passw0rd",
  "qwerty",
  "azerty",
  "letmein",
  "welcome",
  "iloveyou",
  "admin",
  "administrator",
  "changeme",
  "trustno1",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "sunshine",
  "princess",
  "master",
  "login",
  "secret",
  "tpinote",
  "tpi-note",
  "demo-tpi",
  "1234567890",
  "0987654321",
  "abcdefghijkl",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  // Longest first, so "administrator" goes before "admin" when they are taken out of a password.
].sort((a, b) => b.length - a.length);

/** Why this password is refused (a sentence for the user), or undefined when it is acceptable. */
export function weakPasswordReason(
  password: string,
  account: { email?: string; displayName?: string } = {},
): string | undefined {
  const schema = PasswordSchema.safeParse(password);
  if (!schema.success) return schema.error.issues[0]?.message ?? "Choose a longer password";
  const folded = password.normalize("NFC").toLowerCase();
  const letters = folded.replace(/[^\p{L}\p{N}]/gu, "");
  if (new Set(folded).size < 5) {
    return "Use more different characters: this password repeats too few";
  }
  if (isRepeatedPattern(folded)) return "Do not repeat a short pattern";
  if (isRun(letters)) return "Do not use a run of letters or digits (abcd…, 1234…)";
  const beyondCommon = without(folded, COMMON).replace(/[^\p{L}\p{N}]/gu, "");
  // What is left besides well-known words: a few characters, or a number ("password123456").
  if (beyondCommon.length < 6 || (/^\d+$/.test(beyondCommon) && beyondCommon.length < 10)) {
    return "This password is too easy to guess: it is mostly a well-known password";
  }
  const personal = [account.email?.split("@")[0] ?? "", account.displayName ?? ""]
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((token) => token.length >= 4);
  const rest = without(folded, personal);
  if (rest !== folded && alnumLength(rest) < 8) {
    return "Do not build the password from the person's name or email address";
  }
  return undefined;
}

/** "abcabcabcabc", "ab12ab12ab12": a unit of up to a third of the length, repeated. */
function isRepeatedPattern(s: string): boolean {
  for (let unit = 1; unit <= Math.floor(s.length / 3); unit += 1) {
    if (s.length % unit === 0 && s.slice(0, unit).repeat(s.length / unit) === s) return true;
  }
  return false;
}

const RUNS = ["abcdefghijklmnopqrstuvwxyz", "0123456789".repeat(4)].flatMap((r) => [
  r,
  [...r].reverse().join(""),
]);

/** Every next character one up (or one down) from the last: "abcdefghijkl", "987654321098". */
function isRun(s: string): boolean {
  return s.length >= 8 && RUNS.some((run) => run.includes(s));
}

function without(text: string, words: readonly string[]): string {
  return words.reduce((rest, word) => rest.split(word).join(""), text);
}

function alnumLength(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, "").length;
}
