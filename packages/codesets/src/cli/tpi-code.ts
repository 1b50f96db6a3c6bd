// tpi-code: codes a note from a JSON file and prints the result as JSON.
//   pnpm --silent tpi-code <note.json> [--payer-profiles <profiles.json>]
// Exit status: 0 coded; 2 the note (or a profile file) fails its schema, with the issues and their field
// paths on stderr; 1 the file cannot be read or is not JSON.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { BUILT_IN_PAYER_PROFILES, codeNote } from "@tpi/coding";
import { NoteSchema, PayerProfileSchema } from "@tpi/schemas";
import { z } from "zod/mini";
import { loadCodeSets } from "../load.js";

// The schemas are zod/mini, which ships no locale: the issues printed below need the English messages.
z.config(z.locales.en());

const USAGE = "usage: tpi-code <note.json> [--payer-profiles <profiles.json>]";

function readJson(file: string): unknown {
  // INIT_CWD is where `pnpm tpi-code` was typed; pnpm runs the script from the workspace root.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    console.error(`tpi-code: cannot read ${path}: ${(e as Error).message}`);
    process.exit(1);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    console.error(`tpi-code: ${path} is not JSON: ${(e as Error).message}`);
    process.exit(1);
  }
}

function failSchema(what: string, error: z.core.$ZodError): never {
  console.error(`tpi-code: ${what} does not match the schema:`);
  for (const issue of error.issues) {
    console.error(`  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  process.exit(2);
}

const args = process.argv.slice(2);
const profilesFlag = args.indexOf("--payer-profiles");
const profilesFile = profilesFlag >= 0 ? args[profilesFlag + 1] : undefined;
const noteFile = args.find(
  (a, i) => !a.startsWith("--") && (profilesFlag < 0 || i !== profilesFlag + 1),
);
if (!noteFile || (profilesFlag >= 0 && !profilesFile)) {
  console.error(USAGE);
  process.exit(1);
}

const note = NoteSchema.safeParse(readJson(noteFile));
if (!note.success) failSchema("the note", note.error);
let payerProfiles = BUILT_IN_PAYER_PROFILES;
if (profilesFile) {
  const extra = z.array(PayerProfileSchema).safeParse(readJson(profilesFile));
  if (!extra.success) failSchema("the payer profiles", extra.error);
  payerProfiles = [
    ...BUILT_IN_PAYER_PROFILES.filter((p) => !extra.data.some((x) => x.id === p.id)),
    ...extra.data,
  ];
}

process.stdout.write(
  `${JSON.stringify(codeNote(note.data, { codeSets: loadCodeSets(), payerProfiles }), null, 2)}\n`,
);
