#!/usr/bin/env node
// The note route's JavaScript budget (issue 10): what a browser loads to open /notes/:id, counting the
// code panel, gzipped, must come within 170 KB (the target) and may never grow past the ratchet, the
// size when this check was added plus a little room, until the target is met. Reads the Vite build manifest (apps/web/dist/.vite/
// manifest.json, so run after `pnpm --filter @tpi/web build`): the app entry and everything it imports,
// plus the note editor page and every chunk that page imports or loads lazily (the code panel, the body
// diagram), counted whether loaded at open or on demand. Prints each file and the total; exits 1 over
// the ratchet, so the size cannot drift up unnoticed. Lower RATCHET_KB as the route shrinks.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const TARGET_KB = 170;
const RATCHET_KB = 195;
const NOTE_ROUTE = "src/app/pages/note-editor-page.tsx";
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "apps", "web", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entry || !manifest[NOTE_ROUTE]) {
  console.error(`route-size: no entry or no ${NOTE_ROUTE} in the build manifest`);
  process.exit(1);
}

/** The chunk and what it imports, statically; from the note route, lazily loaded chunks too. */
function collect(key, seen, withDynamic) {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) return;
  seen.add(key);
  for (const k of chunk.imports ?? []) collect(k, seen, withDynamic);
  if (withDynamic) for (const k of chunk.dynamicImports ?? []) collect(k, seen, withDynamic);
}
const keys = new Set();
collect(entry, keys, false);
collect(NOTE_ROUTE, keys, true);

const files = [...keys]
  .map((k) => manifest[k].file)
  .filter((f) => f.endsWith(".js"))
  .map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const total = files.reduce((s, f) => s + f.gzip, 0);
for (const f of files) {
  console.log(
    `  ${f.file.padEnd(44)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`,
  );
}
const met = total <= TARGET_KB * 1024;
const held = total <= RATCHET_KB * 1024;
console.log(
  `note route JS: ${kb(total)} gzip in ${files.length} files (target ${TARGET_KB} KB: ${met ? "met" : "NOT met"}; ratchet ${RATCHET_KB} KB: ${held ? "held" : "BROKEN"})`,
);
process.exit(held ? 0 : 1);
