// Writes docs/rules.md and docs/note.schema.json from the rule tables and the zod schemas, and
// test/rule-cases.outputs.md from the engine's results for the named rule cases.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CASE_OUTPUTS_FILE, renderCaseOutputs } from "../test/case-outputs.js";
import { renderDocs } from "./docs-files.js";

for (const { path, content } of renderDocs()) {
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
writeFileSync(CASE_OUTPUTS_FILE, renderCaseOutputs());
console.log(`wrote ${fileURLToPath(CASE_OUTPUTS_FILE)}`);
