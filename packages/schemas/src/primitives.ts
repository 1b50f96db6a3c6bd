import { z } from "zod/mini";

/** A calendar date, YYYY-MM-DD, checked to be a real date (no 2026-02-30). */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "Use the form YYYY-MM-DD"),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "Not a real calendar date"),
);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An ICD-10-CM code as written on a claim form, with its dot (M79.18). Validity for a date is the engine's job. */
export const IcdCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.regex(/^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/, "Not an ICD-10-CM code (e.g. M79.18)"),
  );

/** A CPT (5 digits) or HCPCS Level II (letter + 4 digits) procedure code. */
export const ProcedureCodeSchema = z
  .string()
  .check(z.regex(/^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/, "Not a CPT or HCPCS code"));

/** A two-character claim modifier (25, 59, XS, JW, ...). */
export const ModifierSchema = z.string().check(z.regex(/^[0-9A-Z]{2}$/, "Not a modifier"));

/** The side of the body a muscle row is on. Midline is for unpaired muscles (e.g. none in our catalog today). */
export const SideSchema = z.enum(["left", "right", "midline"]);
export type Side = z.infer<typeof SideSchema>;

/*
 * Bounded to what BOTH engines store (issue 14): PostgreSQL refuses a NUL byte in text and an integer
 * past int4, where SQLite takes both, so an unbounded value was a 500 on one engine only. Every value
 * that reaches a column goes through one of these.
 */

/**
 * Whether `s` has a control character (U+0000-U+001F, U+007F; NUL included). With `allowLineBreaks`,
 * tab, line feed and carriage return are allowed, as free text needs them.
 */
function hasControlCharacter(s: string, allowLineBreaks: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x7f) return true;
    if (code < 0x20 && !(allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d))) {
      return true;
    }
  }
  return false;
}

/** Free text as stored: line breaks and tabs allowed, NUL and other control characters refused. */
export const noControlCharacters = z.refine<string>(
  (s) => !hasControlCharacter(s, true),
  "Remove the control characters (such as NUL)",
);

/** Free text of at most `max` characters, trimmed, without control characters. */
export function storedText(max: number): z.ZodMiniString<string> {
  return z.string().check(z.trim(), z.maxLength(max), noControlCharacters);
}

/** A short free-text field: trimmed, bounded so a paste of a whole chart cannot blow up storage. */
export const ShortTextSchema = storedText(500);
export const LongTextSchema = storedText(5000);

/**
 * The id of a stored record (note, patient, user, addendum, query, profile) as a client sends it in a
 * body or a path: non-empty, bounded, no control characters. Whether it exists is the store's answer.
 */
export const RecordIdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((s) => !hasControlCharacter(s, false), "Not an id"),
);

/** PostgreSQL's integer (int4), the widest integer column both engines share. */
export const INT4_MAX = 2_147_483_647;
/** A whole number a column can hold: within int4. */
export const Int4Schema = z.number().check(z.int(), z.minimum(-INT4_MAX - 1), z.maximum(INT4_MAX));
/** A record's version as a client sends it back: 1 and up, within int4. */
export const RecordVersionSchema = z.number().check(z.int(), z.minimum(1), z.maximum(INT4_MAX));

/** Stable ids for catalog entries and rows: lower-case slugs or generated ids. */
export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9._-]*$/, "Not an id"));
