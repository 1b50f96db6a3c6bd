import { Hono } from "hono";
import { icdCodeSetFor } from "@tpi/coding";
import { loadCodeSets } from "@tpi/codesets";
import { IcdSearchQuerySchema, IcdSearchResponseSchema } from "@tpi/schemas";
import { icdSearchIndexFor } from "../coding/icd-search-indexes.js";
import type { AppEnv } from "../http/app-env.js";
import { PROBLEM_TYPES, problem, validationProblem } from "../http/problem.js";

/** Diagnosis search for the form's picker, in the ICD-10-CM fiscal year covering the date of service. */
export function icdSearchRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get("/search", (c) => {
    const query = IcdSearchQuerySchema.safeParse(c.req.query());
    if (!query.success) return validationProblem(c, query.error, "The search query is not valid.");
    const { q, dos, limit } = query.data;

    const sets = loadCodeSets().icd10cm;
    const codeSet = icdCodeSetFor(sets, dos);
    if (codeSet === undefined) {
      const loaded = sets.map((s) => `${s.id} (${s.effectiveFrom} to ${s.effectiveTo})`).join(", ");
      return problem(c, {
        type: PROBLEM_TYPES.dateOutsideCodeSets,
        title: "No ICD-10-CM code set for this date",
        status: 422,
        detail: `No loaded ICD-10-CM code set covers ${dos}. Loaded: ${loaded}.`,
        errors: [{ path: "dos", message: `Outside the loaded code sets (${loaded})` }],
      });
    }

    const hits = icdSearchIndexFor(codeSet).search(q, limit);
    return c.json(IcdSearchResponseSchema.parse({ codeSet: codeSet.id, hits }));
  });

  return app;
}
