import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { CreateUserRequestSchema } from "@tpi/schemas";
import { appendAudit } from "../audit/audit-log.store.js";
import { weakPasswordReason } from "../auth/password-policy.js";
import { connectDatabase } from "../db/connect.js";
import { migrateToLatest } from "../db/migrate.js";
import { SettingsError, loadSettings } from "../settings.js";
import { createUser } from "../store/users.store.js";

/**
 * `pnpm create-admin`: makes an administrator account in the database the server uses (DATABASE_URL,
 * read by settings.ts exactly as the server reads it), e.g. the first account of a clinic's server,
 * which starts with none unless DEMO_DATA=1.
 *
 * Values come from flags (--email, --name, --password), else the environment (ADMIN_EMAIL, ADMIN_NAME,
 * ADMIN_PASSWORD), else a prompt (the password is not echoed and asked twice on a terminal; read as
 * plain lines when stdin is piped). A password on the command line lands in the shell history: prefer
 * the prompt or ADMIN_PASSWORD. Refuses an invalid email, a weak password and an email already used.
 * Exit 0 when created, 1 otherwise, with one line saying why.
 */

const USAGE = `Usage: pnpm create-admin [--email EMAIL] [--name "FULL NAME"] [--password PASSWORD]
  Missing values are read from ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD, or asked for.
  The database is DATABASE_URL's (default: the SQLite file the server uses).`;

class Refused extends Error {}

/** Reads answers from stdin: one readline for the whole run (piped input arrives all at once). */
class Prompter {
  private muted = false;
  private readonly lines: string[] = [];
  private readonly waiting: ((line: string | undefined) => void)[] = [];
  private closed = false;
  private readonly rl;
  readonly interactive = process.stdin.isTTY;

  constructor() {
    const output = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        if (!this.muted) process.stdout.write(chunk);
        done();
      },
    });
    this.rl = createInterface({ input: process.stdin, output, terminal: this.interactive });
    this.rl.on("line", (line) => {
      const waiter = this.waiting.shift();
      if (waiter) waiter(line);
      else this.lines.push(line);
    });
    this.rl.on("close", () => {
      this.closed = true;
      for (const waiter of this.waiting.splice(0)) waiter(undefined);
    });
  }

  async ask(question: string, secret = false): Promise<string> {
    process.stdout.write(question);
    this.muted = secret && this.interactive;
    const line = await new Promise<string | undefined>((resolve) => {
      const ready = this.lines.shift();
      if (ready !== undefined) resolve(ready);
      else if (this.closed) resolve(undefined);
      else this.waiting.push(resolve);
    });
    this.muted = false;
    if (secret && this.interactive) process.stdout.write("\n");
    if (line === undefined) throw new Refused("no answer (input ended)");
    return line;
  }

  close(): void {
    this.rl.close();
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 1;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  let settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    for (const p of error.problems) {
      process.stderr.write(`Invalid setting ${p.variable}: ${p.message}\n`);
    }
    return 1;
  }

  // An empty variable counts as unset (ADMIN_PASSWORD= in a script must not mean an empty password).
  const env = Object.fromEntries(
    ["ADMIN_EMAIL", "ADMIN_NAME", "ADMIN_PASSWORD"].map((k) => [
      k,
      process.env[k]?.trim() === "" ? undefined : process.env[k],
    ]),
  );
  let prompter: Prompter | undefined;
  const prompt = () => (prompter ??= new Prompter());
  let input;
  try {
    const email = args.email ?? env.ADMIN_EMAIL ?? (await prompt().ask("Email: "));
    const displayName = args.name ?? env.ADMIN_NAME ?? (await prompt().ask("Full name: "));
    let password = args.password ?? env.ADMIN_PASSWORD;
    if (password === undefined) {
      const p = prompt();
      password = await p.ask("Password (at least 12 characters): ", true);
      if (p.interactive && (await p.ask("Password again: ", true)) !== password) {
        throw new Refused("the two passwords differ");
      }
    }
    const parsed = CreateUserRequestSchema.safeParse({
      email,
      displayName,
      role: "admin",
      password,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Refused(`${String(issue?.path[0] ?? "input")}: ${issue?.message ?? "invalid"}`);
    }
    const weak = weakPasswordReason(parsed.data.password, parsed.data);
    if (weak !== undefined) throw new Refused(`password: ${weak}`);
    input = parsed.data;
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    process.stderr.write(`create-admin: refused: ${error.message}\n`);
    return 1;
  } finally {
    prompter?.close();
  }

  const db = connectDatabase(settings.database);
  try {
    await migrateToLatest(db);
    const now = new Date();
    const outcome = await createUser(db, input, now);
    if (outcome.kind === "email-taken") {
      process.stderr.write(
        `create-admin: refused: an account with ${input.email} exists already\n`,
      );
      return 1;
    }
    // The trail records who made the account and how, like an admin's POST /api/admin/users.
    await appendAudit(
      db,
      {
        userId: outcome.user.id,
        role: "admin",
        action: "cli create-admin",
        patientId: null,
        noteId: null,
        clientAddress: "cli",
        status: 201,
        detail: { email: input.email },
      },
      now,
    );
    process.stdout.write(
      `Created administrator ${input.displayName} <${input.email}> (${settings.database.kind}). Sign in with that email and password.\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause =
      error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    process.stderr.write(`create-admin: failed (${settings.database.kind}): ${message}${cause}\n`);
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
