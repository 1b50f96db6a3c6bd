import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CASE_OUTPUTS_FILE, renderCaseOutputs } from "./case-outputs.js";

test("test/rule-cases.outputs.md is what the engine says for each case (run pnpm --filter @tpi/coding gen:docs)", () => {
  expect(renderCaseOutputs()).toBe(readFileSync(CASE_OUTPUTS_FILE, "utf8"));
});
