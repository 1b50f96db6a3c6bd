// Prints the mutation score of engine/, rules/ and payers/ from the reports the three scoped StrykerJS
// runs leave (`pnpm --filter @tpi/coding mutation`; each run's incremental file is its full report), and
// every surviving mutant (file:line, mutator, replacement), so each can be killed or explained in the README.
import { existsSync, readFileSync } from "node:fs";

interface Mutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number } };
}
interface Report {
  readonly files: Record<string, { readonly mutants: readonly Mutant[] }>;
}

const DIRS = ["engine", "rules", "payers"] as const;
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const rows: Record<string, string | number>[] = [];
const survivors: string[] = [];
const missing: string[] = [];
let totalDetected = 0;
let totalValid = 0;
for (const dir of DIRS) {
  const file = new URL(`../.reports/mutation/${dir}.json`, import.meta.url);
  if (!existsSync(file)) {
    missing.push(dir);
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  let detected = 0;
  let undetected = 0;
  let ignored = 0;
  for (const [path, { mutants }] of Object.entries(report.files)) {
    if (!path.includes(`src/${dir}/`)) continue;
    for (const m of mutants) {
      if (DETECTED.has(m.status)) detected++;
      else if (UNDETECTED.has(m.status)) {
        undetected++;
        survivors.push(
          `${path.slice(path.indexOf("src/"))}:${m.location.start.line} ${m.status} ${m.mutatorName}${m.replacement ? ` -> ${m.replacement.replace(/\s+/g, " ").slice(0, 80)}` : ""}`,
        );
      } else ignored++;
    }
  }
  totalDetected += detected;
  totalValid += detected + undetected;
  rows.push({
    directory: `src/${dir}/`,
    killed: detected,
    survived: undetected,
    "ignored (static, compile errors)": ignored,
    "score %":
      detected + undetected === 0 ? "n/a" : ((100 * detected) / (detected + undetected)).toFixed(1),
  });
}
console.log("\nMutation score (target >= 90 %)");
console.table(rows);
console.log(`All three: ${((100 * totalDetected) / Math.max(1, totalValid)).toFixed(1)} %`);
if (missing.length > 0) {
  console.log(`No report yet for: ${missing.join(", ")} (run pnpm run mutation:<dir>)`);
}
console.log(`\nSurviving mutants (${survivors.length}):`);
for (const s of survivors) console.log(`  ${s}`);
