// Sums the test counts that check.sh's runners left in .reports folders and prints the closing line
// CI reads: "N passed, N failed[, N skipped]". A step that failed without a report (typecheck, lint, a
// runner that crashed) counts as one failure, so a red step can never print "0 failed".
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const seen = [];

for (const base of ["packages", "apps"]) {
  for (const pkg of readdirSync(base)) {
    const file = join(base, pkg, ".reports", "vitest.json");
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, "utf8"));
    passed += r.numPassedTests;
    failed +=
      r.numFailedTests +
      (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0);
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    seen.push(`${pkg}: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  }
}
const pw = join(".reports", "playwright.json");
if (existsSync(pw)) {
  const s = JSON.parse(readFileSync(pw, "utf8")).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  seen.push(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed`);
}
for (const line of seen) console.log(`  ${line}`);

const reportedSteps = new Set(["unit, property and API tests", "Playwright journeys in Chromium"]);
for (const step of failedSteps) {
  console.log(`  step failed: ${step}`);
  if (!reportedSteps.has(step) || failed === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
