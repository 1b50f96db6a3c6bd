import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod/mini";
import type { Problem } from "@tpi/schemas";

/** RFC 9457 problem details. Extension members (e.g. currentVersion on a conflict) ride along. */
export type ProblemBody = Problem & Record<string, unknown>;

export const PROBLEM_TYPES = {
  validation: "/problems/validation",
  malformedJson: "/problems/malformed-json",
  unsupportedMediaType: "/problems/unsupported-media-type",
  payloadTooLarge: "/problems/payload-too-large",
  unauthenticated: "/problems/unauthenticated",
  forbidden: "/problems/forbidden",
  forbiddenSection: "/problems/forbidden-section",
  tooManySignIns: "/problems/too-many-sign-ins",
  notFound: "/problems/not-found",
  versionConflict: "/problems/version-conflict",
  noteSigned: "/problems/note-signed",
  /** The action does not apply to the note's status (hand-over of a discarded note, coding a draft). */
  wrongStatus: "/problems/wrong-status",
  sameDateOfService: "/problems/same-date-of-service",
  /** An addendum names a coder query another addendum already answered. */
  queryAnswered: "/problems/query-answered",
  signBlocked: "/problems/sign-blocked",
  dateOutsideCodeSets: "/problems/date-outside-code-sets",
  internal: "/problems/internal",
  /** An account with this email exists already (admin creating a user). */
  emailTaken: "/problems/email-taken",
  /** The change would leave the clinic without an active administrator. */
  lastAdmin: "/problems/last-admin",
  /** A clinic payer profile id that is taken (by a built-in or an existing clinic profile). */
  payerProfileExists: "/problems/payer-profile-exists",
  /** The password was right, but an administrator deactivated the account. */
  accountDeactivated: "/problems/account-deactivated",
} as const;

export function problem(c: Context, body: ProblemBody): Response {
  return c.body(JSON.stringify(body), body.status as ContentfulStatusCode, {
    "Content-Type": "application/problem+json",
  });
}

/** "note.procedure.muscles.0.triggerPoints": the path the web form uses to put the message on its field. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "symbol" ? (p.description ?? "") : String(p))).join(".");
}

export function validationProblem(
  c: Context,
  error: z.core.$ZodError,
  detail = "The request is not valid.",
): Response {
  return problem(c, {
    type: PROBLEM_TYPES.validation,
    title: "Validation failed",
    status: 400,
    detail,
    errors: error.issues.map((i) => ({
      path: issuePath(i.path),
      message: i.message,
      code: i.code,
    })),
  });
}

export function notFound(c: Context, detail: string): Response {
  return problem(c, { type: PROBLEM_TYPES.notFound, title: "Not found", status: 404, detail });
}

/** A password the policy refuses (auth/password-policy.ts): 400 on its field, like any invalid value. */
export function weakPasswordProblem(c: Context, path: string, message: string): Response {
  return problem(c, {
    type: PROBLEM_TYPES.validation,
    title: "Validation failed",
    status: 400,
    detail: "The password is too easy to guess.",
    errors: [{ path, message, code: "weak_password" }],
  });
}
