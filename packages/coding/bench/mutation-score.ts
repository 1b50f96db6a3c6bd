// Prints the mutation score of engine/, rules/ and payers/ from Stryker's JSON report, and every
// surviving mutant (file:line, mutator, replacement), so each can be killed or explained in the README.
import { readFileSync } from "node:fs";

interface Mutant {
  readonly status: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly location: { readonly start: { readonly line: number } };
}
interface Report {
  readonly files: Record<string, { readonly mutants: readonly Mutant[] }>;
}

const report = JSON.parse(
  readFileSync(new URL("../.reports/mutation/mutation.json", import.meta.url), "utf8"),
) as Report;

const DIRS = ["src/engine/", "src/rules/", "src/payers/"];
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

const rows: Record<string, string | number>[] = [];
const survivors: string[] = [];
let totalDetected = 0;
let totalValid = 0;
for (const dir of DIRS) {
  let detected = 0;
  let undetected = 0;
  let ignored = 0;
  for (const [path, file] of Object.entries(report.files)) {
    if (!path.includes(dir)) continue;
    for (const m of file.mutants) {
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
    directory: dir,
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
console.log(`\nSurviving mutants (${survivors.length}):`);
for (const s of survivors) console.log(`  ${s}`);
