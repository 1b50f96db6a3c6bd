import { z } from "zod/mini";
import { IsoDateSchema } from "./primitives.js";

/** Query strings of the export routes (GET /api/notes/:id/text|pdf, GET /api/exports/claim-lines.csv). */

/** Plain-text width: 78 by default; 40-200 columns; 0 = no line breaks inside paragraphs. */
export const NoteTextQuerySchema = z.object({
  width: z._default(
    z.coerce.number().check(
      z.int(),
      z.refine((w) => w === 0 || (w >= 40 && w <= 200), "Width is 0 or 40 to 200 columns"),
    ),
    78,
  ),
});

export const PaperSchema = z.enum(["letter", "a4"]);
export const NotePdfQuerySchema = z.object({ paper: z._default(PaperSchema, "letter") });

/** Longest date-of-service range one CSV may cover: a year of claims is one spreadsheet. */
export const CLAIM_LINES_CSV_MAX_DAYS = 366;

export const ClaimLinesCsvQuerySchema = z.object({ from: IsoDateSchema, to: IsoDateSchema }).check(
  z.refine((q) => q.from <= q.to, { error: "from must not be after to", path: ["to"] }),
  z.refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < CLAIM_LINES_CSV_MAX_DAYS, {
    error: `At most ${CLAIM_LINES_CSV_MAX_DAYS} days`,
    path: ["to"],
  }),
);
export type ClaimLinesCsvQuery = z.infer<typeof ClaimLinesCsvQuerySchema>;
