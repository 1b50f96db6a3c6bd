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

/** A short free-text field: trimmed, bounded so a paste of a whole chart cannot blow up storage. */
export const ShortTextSchema = z.string().check(z.trim(), z.maxLength(500));
export const LongTextSchema = z.string().check(z.trim(), z.maxLength(5000));

/** Stable ids for catalog entries and rows: lower-case slugs or generated ids. */
export const IdSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9][a-z0-9._-]*$/, "Not an id"));
