/**
 * zod's messages are written for developers ("expected number, received NaN"); a clinician at the point
 * of care gets a plain instruction instead. Messages written in the schemas themselves pass through.
 * Limits are read first: "Too big: expected number to be <=100" also says "expected number", and
 * must come out as "Must be at most 100", not "Enter a number".
 */
export function friendlyMessage(message: string | undefined): string {
  if (!message) return "Check this field";
  const limit =
    /^Too (small|big): expected (\w+) to (?:have|be) (>=|>|<=|<)\s*(-?[\d.]+)\s*(\w*)/i.exec(
      message,
    );
  if (limit) {
    const [, , kind = "", op = "", n = "", things = ""] = limit;
    return limitText(kind.toLowerCase(), op, n, things);
  }
  if (/expected int/i.test(message)) return "Enter a whole number";
  if (/expected number/i.test(message)) return "Enter a number";
  if (/expected (string|boolean|object|array), received (undefined|null)/i.test(message)) {
    return "Required";
  }
  if (/invalid option|expected one of/i.test(message)) return "Choose one of the options";
  return message;
}

function limitText(kind: string, op: string, n: string, things: string): string {
  if (kind === "string" && op === ">=" && n === "1") return "Required";
  const words: Record<string, string> = {
    ">=": "at least",
    ">": "more than",
    "<=": "at most",
    "<": "less than",
  };
  const bound = `${words[op] ?? op} ${n}`;
  if (kind === "number" || kind === "bigint") return `Must be ${bound}`;
  if (kind === "string") return `Use ${bound} ${n === "1" ? "character" : "characters"}`;
  if (kind === "array" || kind === "set") {
    return `List ${bound} ${n === "1" ? "item" : things || "items"}`;
  }
  return `Must be ${bound}`;
}
