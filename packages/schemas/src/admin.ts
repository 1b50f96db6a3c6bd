import { z } from "zod/mini";
import { RoleSchema, UserSchema } from "./api.js";
import { PayerProfileSchema } from "./payer-profile.js";
import { INT4_MAX, noControlCharacters, storedText } from "./primitives.js";

/**
 * The API contract of the audit trail, accounts and the clinic's payer profiles (issue 8): shared by
 * the server (validation) and the web admin area (parsing).
 */

/** How a request ended, from its HTTP status: served, refused by a rule (4xx), or failed (5xx). */
export const AuditOutcomeSchema = z.enum(["ok", "refused", "error"]);
export type AuditOutcome = z.infer<typeof AuditOutcomeSchema>;

/** One row of the append-only audit trail, as the admin reads it. */
export const AuditEntrySchema = z.object({
  seq: z.number().check(z.int(), z.minimum(1)),
  at: z.string(),
  userId: z.nullable(z.string()),
  /** Display name and email at reading time (null when the row has no user, e.g. a failed sign-in). */
  userName: z.nullable(z.string()),
  role: z.nullable(RoleSchema),
  /** "GET /api/notes/:id": the method and the route pattern, or a named action from a route. */
  action: z.string(),
  patientId: z.nullable(z.string()),
  noteId: z.nullable(z.string()),
  clientAddress: z.string(),
  status: z.number().check(z.int()),
  outcome: AuditOutcomeSchema,
  /** Extra facts a route added (e.g. the export format, the email of a failed sign-in). */
  detail: z.nullable(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

const optionalText = z.optional(storedText(200).check(z.minLength(1)));
/** An ISO date or date-time as typed in a filter. */
const optionalInstant = z.optional(
  z
    .string()
    .check(
      z.trim(),
      z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, "Use YYYY-MM-DD or an ISO date-time"),
    ),
);

/** GET /api/admin/audit query: every filter optional; newest first, paged by `before` (a seq). */
export const AuditQuerySchema = z.object({
  userId: optionalText,
  patientId: optionalText,
  noteId: optionalText,
  /** A part of the action, e.g. "/api/notes" or "sign". */
  action: optionalText,
  outcome: z.optional(AuditOutcomeSchema),
  /** From this date (inclusive) or instant. */
  from: optionalInstant,
  /** Up to this date (inclusive: the whole day) or instant. */
  to: optionalInstant,
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(INT4_MAX))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
});
export type AuditQuery = z.input<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.nullable(z.number()),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** Passwords: long rather than clever (NIST SP 800-63B: at least 8, we ask 12, no composition rules). */
export const PasswordSchema = z
  .string()
  .check(
    z.minLength(12, "Use at least 12 characters"),
    z.maxLength(200, "Use at most 200 characters"),
  );

/** A user as the admin sees it: with whether the account may still sign in. */
export const AdminUserSchema = z.extend(UserSchema, {
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.nullable(z.string()),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

export const CreateUserRequestSchema = z.object({
  email: z.string().check(z.trim(), z.toLowerCase(), z.email("Enter an email address")),
  displayName: z
    .string()
    .check(z.trim(), z.minLength(1, "Enter a name"), z.maxLength(200), noControlCharacters),
  role: RoleSchema,
  password: PasswordSchema,
});
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>;

/** PATCH /api/admin/users/:id: a new role, or deactivate (ends the user's sessions) / reactivate. */
export const UpdateUserRequestSchema = z.object({
  role: z.optional(RoleSchema),
  active: z.optional(z.boolean()),
});
export type UpdateUserRequest = z.input<typeof UpdateUserRequestSchema>;

/** POST /api/admin/users/:id/password: the admin sets a new password (the user's sessions end). */
export const ResetPasswordRequestSchema = z.object({ password: PasswordSchema });
export type ResetPasswordRequest = z.input<typeof ResetPasswordRequestSchema>;

/** POST /api/session/password: the signed-in user's own change (their other sessions end). */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z
    .string()
    .check(z.minLength(1, "Enter your current password"), z.maxLength(200)),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequestSchema>;

/** GET /api/session: who is signed in and until when the session lasts without activity. */
export const SessionInfoSchema = z.object({
  user: UserSchema,
  /** When the session ends if no request comes before (the idle sign-out). */
  expiresAt: z.string(),
  /** The server's clock as it answered, so a client whose clock is off still warns on time. */
  now: z.string(),
  idleMinutes: z.number().check(z.int(), z.minimum(1)),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** One stored version of a clinic's own payer profile. */
export const ClinicPayerProfileVersionSchema = z.object({
  profile: PayerProfileSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
});
export type ClinicPayerProfileVersion = z.infer<typeof ClinicPayerProfileVersionSchema>;

/** GET /api/admin/payer-profiles: each clinic profile with all its versions, newest first. */
export const ClinicPayerProfileListSchema = z.array(
  z.object({ id: z.string(), versions: z.array(ClinicPayerProfileVersionSchema) }),
);
export type ClinicPayerProfileList = z.infer<typeof ClinicPayerProfileListSchema>;
