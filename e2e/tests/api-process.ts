import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * An API process a journey controls: started on a port and SQLite file of its own (serving the web
 * build Playwright's webServer made), stopped as a crash would stop it, and started again on the same
 * port and file. For journeys about the server going away.
 */
export class ApiProcess {
  readonly db = join(tmpdir(), `tpi-note-e2e-own-${process.pid}-${Date.now()}.sqlite`);
  private child: ChildProcess | null = null;
  private output = "";

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  /** `env`: settings of its own, e.g. a short SESSION_IDLE_MINUTES. */
  static async onFreePort(env: Record<string, string> = {}): Promise<ApiProcess> {
    return new ApiProcess(await freePort(), env);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.output = "";
    // Its own process group, so stop() ends pnpm, tsx and node together.
    const child = spawn("pnpm", ["--filter", "@tpi/api", "start"], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        PORT: String(this.port),
        DATABASE_URL: `sqlite:${this.db}`,
        LOG_LEVEL: "warn",
        DEMO_DATA: "1",
        ...this.env,
      },
    });
    child.stdout?.on("data", (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    await this.waitForHealth(60_000);
  }

  /** Ends the whole process group at once (SIGKILL: no goodbye to open connections). */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child?.pid) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      return; // already gone
    }
    await exited;
    await this.waitUntilClosed(10_000);
  }

  async dispose(): Promise<void> {
    await this.stop();
    for (const f of [this.db, `${this.db}-wal`, `${this.db}-shm`]) rmSync(f, { force: true });
  }

  private async waitForHealth(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      if (this.child?.exitCode !== null && this.child?.exitCode !== undefined) break;
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the API on ${this.url} did not start:\n${this.output}`);
  }

  private async waitUntilClosed(ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      try {
        await fetch(`${this.url}/api/health`);
      } catch {
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the API on ${this.url} still answers after being stopped`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}
