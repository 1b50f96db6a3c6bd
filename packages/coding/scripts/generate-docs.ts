// Writes docs/rules.md and docs/note.schema.json from the rule tables and the zod schemas.
import { writeFileSync } from "node:fs";
import { renderDocs } from "./docs-files.js";

for (const { path, content } of renderDocs()) {
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
