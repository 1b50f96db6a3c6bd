import { isIP } from "node:net";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { DEFAULT_ASSISTANT_SECTIONS, NOTE_SECTION_IDS, type NoteSectionId } from "@tpi/schemas";

/**
 * The only place that reads process.env. Everything else receives a parsed `Settings` value.
 *
 * Relative paths (the SQLite file in DATABASE_URL, WEB_DIST) are resolved against the API package
 * folder (apps/api), not the working directory, so `pnpm start` from the repo root and
 * `pnpm --filter @tpi/api start` use the same database file and find the same web build.
 */
export const API_PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));

export const LOG_LEVELS = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseTarget =
  { kind: "sqlite"; file: string } | { kind: "postgres"; connectionString: string };

export interface Settings {
  port: number;
  host: string;
  database: DatabaseTarget;
  logLevel: LogLevel;
  /** Absolute path of the built web app (may not exist: the API then serves only /api). */
  webDist: string;
  /** The note sections a medical assistant may fill (ASSISTANT_SECTIONS, comma-separated ids). */
  assistantSections: NoteSectionId[];
  /** Minutes without a request after which a session ends (SESSION_IDLE_MINUTES, default 15). */
  sessionIdleMinutes: number;
  /** Create the synthetic demo accounts and patients on an empty database (DEMO_DATA=1). */
  demoData: boolean;
  /** Reverse proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY, comma-separated IPs). */
  trustProxy: string[];
}

/** A bad setting: names the variable and says what is wrong, for a one-line start-up message. */
export class SettingsError extends Error {
  constructor(readonly problems: readonly { variable: string; message: string }[]) {
    super(problems.map((p) => `${p.variable}: ${p.message}`).join("; "));
    this.name = "SettingsError";
  }
}

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

function parseDatabaseUrl(value: string, ctx: z.RefinementCtx): DatabaseTarget {
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    try {
      new URL(value);
    } catch {
      ctx.addIssue({ code: "custom", message: "is not a valid postgres:// URL" });
      return z.NEVER;
    }
    return { kind: "postgres", connectionString: value };
  }
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length);
    if (path === "") {
      ctx.addIssue({
        code: "custom",
        message: "needs a file path after sqlite: (e.g. sqlite:./data/tpi-note.sqlite)",
      });
      return z.NEVER;
    }
    if (path === ":memory:") return { kind: "sqlite", file: ":memory:" };
    return { kind: "sqlite", file: isAbsolute(path) ? path : resolve(API_PACKAGE_DIR, path) };
  }
  ctx.addIssue({ code: "custom", message: 'must start with "sqlite:" or "postgres://"' });
  return z.NEVER;
}

const EnvSchema = z.object({
  PORT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("3000")
      .refine((v) => /^\d{1,5}$/.test(v.trim()), "must be a whole number")
      .transform(Number)
      .pipe(z.number().max(65535, "must be between 0 and 65535")),
  ),
  HOST: z.preprocess(emptyToUndefined, z.string().default("127.0.0.1")),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z.string().default("sqlite:./data/tpi-note.sqlite").transform(parseDatabaseUrl),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.toLowerCase()) : v),
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
  WEB_DIST: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("../web/dist")
      .transform((p) => (isAbsolute(p) ? p : resolve(API_PACKAGE_DIR, p))),
  ),
  ASSISTANT_SECTIONS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default(DEFAULT_ASSISTANT_SECTIONS.join(","))
      .transform((v) => [
        ...new Set(
          v
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s !== ""),
        ),
      ])
      .pipe(
        z.array(
          z.enum(NOTE_SECTION_IDS as [NoteSectionId, ...NoteSectionId[]], {
            message: `must be note section ids from ${NOTE_SECTION_IDS.join(", ")}`,
          }),
        ),
      ),
  ),
  SESSION_IDLE_MINUTES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("15")
      .refine((v) => /^\d{1,4}$/.test(v.trim()), "must be a whole number of minutes")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(2, "must be at least 2 (the warning comes a minute before)")
          .max(720, "must be at most 720 (12 hours, the longest a session lasts)"),
      ),
  ),
  DEMO_DATA: z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.trim().toLowerCase()) : v),
    z
      .enum(["1", "0", "true", "false", "yes", "no"], { message: "must be 1 or 0" })
      .default("0")
      .transform((v) => v === "1" || v === "true" || v === "yes"),
  ),
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      )
      .pipe(
        z.array(z.string().refine((s) => isIP(s) !== 0, "must be IP addresses, comma-separated")),
      ),
  ),
});

const SAFE_TO_ECHO: ReadonlySet<string> = new Set([
  "PORT",
  "HOST",
  "LOG_LEVEL",
  "ASSISTANT_SECTIONS",
  "SESSION_IDLE_MINUTES",
  "DEMO_DATA",
  "TRUST_PROXY",
]);

/** Parses the environment (process.env by default); throws SettingsError naming each bad variable. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const parsed = EnvSchema.safeParse({
    PORT: env.PORT,
    HOST: env.HOST,
    DATABASE_URL: env.DATABASE_URL,
    LOG_LEVEL: env.LOG_LEVEL,
    WEB_DIST: env.WEB_DIST,
    ASSISTANT_SECTIONS: env.ASSISTANT_SECTIONS,
    SESSION_IDLE_MINUTES: env.SESSION_IDLE_MINUTES,
    DEMO_DATA: env.DEMO_DATA,
    TRUST_PROXY: env.TRUST_PROXY,
  });
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        // Echo the value back for plain settings only: a database URL may hold a password.
        const shown = SAFE_TO_ECHO.has(variable) ? env[variable] : undefined;
        return {
          variable,
          message: shown === undefined ? issue.message : `${issue.message} (got "${shown}")`,
        };
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST,
    assistantSections: e.ASSISTANT_SECTIONS,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    demoData: e.DEMO_DATA,
    trustProxy: e.TRUST_PROXY,
  };
}
