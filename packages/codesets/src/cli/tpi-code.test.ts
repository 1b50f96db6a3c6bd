import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { CodingResultSchema } from "@tpi/schemas";
import { describe, expect, test } from "vitest";

const cli = new URL("./tpi-code.ts", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "tpi-code-"));
const write = (name: string, body: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof body === "string" ? body : JSON.stringify(body));
  return path;
};
const run = (...args: string[]) =>
  spawnSync("node", ["--import", "tsx", cli, ...args], { encoding: "utf8" });

// Each case starts a Node process that loads the code sets (a few seconds on a busy 2-core machine).
describe("tpi-code CLI", { timeout: 60_000 }, () => {
  test("codes a valid note and prints the result as JSON", () => {
    const out = execFileSync(
      "node",
      ["--import", "tsx", cli, write("case2.json", CASE_2_SHOULDER_GIRDLE.note)],
      { encoding: "utf8" },
    );
    const result = CodingResultSchema.parse(JSON.parse(out));
    expect(result.claimLines.map((l) => `${l.code}x${l.units}`)).toEqual(["20553x1"]);
  });

  test("a note that fails the schema exits 2 and names the field paths", () => {
    const r = run(
      write("bad.json", {
        dateOfService: "2026-02-30",
        payerProfileId: "medicare-lcd-2024",
        procedure: {
          muscles: [{ rowId: "a", muscleId: "infraspinatus", side: "up", triggerPoints: 0 }],
        },
      }),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("dateOfService");
    expect(r.stderr).toContain("procedure.muscles.0.side");
    expect(r.stderr).toContain("procedure.muscles.0.triggerPoints");
    // zod's English messages (zod/mini has none unless the CLI installs them).
    expect(r.stderr).toContain(
      "procedure.muscles.0.triggerPoints: Too small: expected number to be >=1",
    );
    expect(r.stderr).toContain(`procedure.muscles.0.side: Invalid option: expected one of "left"`);
  });

  test("a file that is not JSON exits 1 with a clear message", () => {
    const r = run(write("garbage.json", "{ not json"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/is not JSON/);
  });

  test("a clinic's payer profile file is validated and applied", () => {
    const profile = {
      id: "clinic-own",
      name: "Clinic's own payer",
      effective: { from: "2020-01-01" },
      frequency: { maxSessions: 1, windowMonths: 12 },
    };
    const note = {
      ...CASE_2_SHOULDER_GIRDLE.note,
      payerProfileId: "clinic-own",
      priorSessions: [{ date: "2026-10-01" }],
    };
    const r = run(write("n.json", note), "--payer-profiles", write("p.json", [profile]));
    expect(r.status).toBe(0);
    const result = CodingResultSchema.parse(JSON.parse(r.stdout));
    expect(result.findings.map((f) => f.ruleId)).toContain("PAY-FREQ-01");
    const bad = run(write("n2.json", note), "--payer-profiles", write("p2.json", [{ id: "x" }]));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("0.name");
  });
});
