import { fileURLToPath } from "node:url";
import { NoteSchema } from "@tpi/schemas";
import { z } from "zod/mini";
import { renderRulesMarkdown } from "../src/docs/render-rules.js";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";

const docs = (name: string) => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url));

/** The generated documentation files and their current content. */
export function renderDocs(): { path: string; content: string }[] {
  const schema = z.toJSONSchema(NoteSchema, { io: "input", unrepresentable: "any" });
  return [
    { path: docs("rules.md"), content: renderRulesMarkdown(BUILT_IN_PAYER_PROFILES) },
    {
      path: docs("note.schema.json"),
      content: `${JSON.stringify({ title: "TPI Note", ...schema }, null, 2)}\n`,
    },
  ];
}
