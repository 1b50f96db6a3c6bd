/**
 * zod's messages are written for developers ("expected number, received NaN"); a clinician at the point
 * of care gets a plain instruction instead. Messages written in the schemas themselves pass through.
 */
export function friendlyMessage(message: string | undefined): string {
  if (!message) return "Check this field";
  if (/expected int/i.test(message)) return "Enter a whole number";
  if (/expected number/i.test(message)) return "Enter a number";
  if (/expected (string|boolean|object|array), received (undefined|null)/i.test(message)) {
    return "Required";
  }
  if (/invalid option|expected one of/i.test(message)) return "Choose one of the options";
  if (/too small.*>=?\s*1\b/i.test(message) && /string/i.test(message)) return "Required";
  if (/too small/i.test(message)) {
    return message.replace(/^Too small: expected \w+ to (have|be) /i, "Must be ");
  }
  if (/too big/i.test(message)) {
    return message.replace(/^Too big: expected \w+ to (have|be) /i, "Must be ");
  }
  return message;
}
