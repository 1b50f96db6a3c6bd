import { z } from "zod/mini";
import { IcdCodeSchema } from "./primitives.js";

/**
 * The most codes one slice request may ask for: a note's 12 diagnoses plus the engine's own
 * suggestions (icd10cmCodesReadBy), with room to spare; a bound so one request stays small.
 */
export const ICD10CM_SLICE_MAX_CODES = 40;

/**
 * GET /api/code-sets/icd10cm-slice?codes=M79.18,M54.2: the ICD-10-CM codes whose rows (with every
 * code under each) and Excludes1 notes the web app needs to code one note.
 */
export const Icd10cmSliceQuerySchema = z.object({
  codes: z.pipe(
    z.pipe(
      z
        .string({ error: "Give the ICD-10-CM codes, comma-separated" })
        .check(z.minLength(1, "Give at least one ICD-10-CM code")),
      z.transform((s: string) => s.split(",")),
    ),
    z
      .array(IcdCodeSchema)
      .check(z.maxLength(ICD10CM_SLICE_MAX_CODES, `At most ${ICD10CM_SLICE_MAX_CODES} codes`)),
  ),
});
export type Icd10cmSliceQuery = z.infer<typeof Icd10cmSliceQuerySchema>;

/**
 * The slice: for each ICD-10-CM file (by its name in CODE_SET_FILES) the TSV text of the rows asked
 * for, and the Excludes1 file's rows that apply to those codes; each text keeps its file's header, so
 * the client parses it with the whole file's parser.
 */
export const Icd10cmSliceSchema = z.object({
  icd10cm: z.array(z.object({ file: z.string(), tsv: z.string() })),
  excludes1: z.object({ file: z.string(), tsv: z.string() }),
});
export type Icd10cmSlice = z.infer<typeof Icd10cmSliceSchema>;
