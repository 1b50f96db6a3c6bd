import { defineConfig } from "vitest/config";

/**
 * The tests mutation testing runs against engine/, rules/ and payers/: the named rule cases, the
 * registry, the case studies, the direct date and NDC tests, and what the engine says for every named
 * case (test/rule-cases.outputs.md). The generated-docs test reads ../../docs, outside Stryker's sandbox
 * copy of this package; the property tests are left out (they draw hundreds of notes per run, so each of
 * thousands of mutants would pay for them).
 */
export default defineConfig({
  test: {
    // The test files of a run share one worker, so the code sets are parsed once per mutant, not
    // once per file (StrykerJS starts a new worker for each mutant's run).
    isolate: false,
    include: [
      "test/rules.test.ts",
      "test/registry.test.ts",
      "test/dates.test.ts",
      "test/ndc.test.ts",
      "test/case-studies.test.ts",
      "test/case-outputs.test.ts",
    ],
  },
});
