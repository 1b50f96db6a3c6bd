import type { Context } from "hono";
import type { z } from "zod/mini";
import { PROBLEM_TYPES, problem, validationProblem } from "./problem.js";

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a JSON body and validates it with a shared schema. Every failure is a 4xx problem, never a
 * throw: wrong media type 415, unparseable JSON 400, schema mismatch 400 with field paths.
 * Requiring application/json also means a cross-site form post cannot reach a write route.
 */
export async function parseJsonBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
): Promise<Parsed<z.output<S>>> {
  const contentType = c.req.header("content-type") ?? "";
  if (!/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(contentType)) {
    return {
      ok: false,
      response: problem(c, {
        type: PROBLEM_TYPES.unsupportedMediaType,
        title: "Unsupported media type",
        status: 415,
        detail: "Send the body as application/json.",
      }),
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    return {
      ok: false,
      response: problem(c, {
        type: PROBLEM_TYPES.malformedJson,
        title: "Malformed JSON",
        status: 400,
        detail: "The request body is not valid JSON.",
      }),
    };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: validationProblem(c, parsed.error) };
}
