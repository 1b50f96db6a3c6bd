import type { CodingResult } from "@tpi/schemas";
import { codeNote } from "../src/engine/code-note.js";
import { ctx } from "./engine-context.js";
import { RULE_CASES } from "./rule-cases.js";

/**
 * Everything the engine says for each named rule case, as a coder reads it: the claim lines with their
 * pointers, rules, reasons and evidence, the diagnoses, the findings (severity, field, words), the hints
 * and the open checklist items. Written to test/rule-cases.outputs.md by `pnpm --filter @tpi/coding
 * gen:docs` and compared by case-outputs.test.ts, so a change to any of it is seen and reviewed, the way
 * docs/rules.md is for the rules themselves.
 */
export const CASE_OUTPUTS_FILE = new URL("./rule-cases.outputs.md", import.meta.url);

const value = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function renderResult(r: CodingResult): string[] {
  const out: string[] = [];
  for (const l of r.claimLines) {
    const mods = l.modifiers.map((m) => `-${m}`).join("");
    const rules = l.rules.map((x) => `${x.id} v${x.version}`).join(", ");
    out.push(
      `- line ${l.code}${mods} x${l.units} (${l.kind}) -> [${l.diagnosisPointers.join(", ")}] by ${rules}: ${l.rationale}`,
    );
    out.push(`  - ${l.description}`);
    for (const e of l.evidence) out.push(`  - evidence ${e.fact} at ${e.path}: ${value(e.value)}`);
    if (l.drug) out.push(`  - drug ${JSON.stringify(l.drug)}`);
    out.push(`  - sources ${l.citations.map((c) => c.source).join(", ")}`);
  }
  for (const d of r.diagnoses) {
    const children = d.billableChildren.map((c) => c.code).join(" ");
    out.push(
      `- diagnosis ${d.code} (${d.origin}, pointer ${d.pointer ?? "none"}, ${d.billable ? "billable" : "not billable"}${children ? `; under it: ${children}` : ""}): ${d.title} | ${d.reason}`,
    );
  }
  for (const f of r.findings) {
    out.push(
      `- ${f.severity} ${f.ruleId} v${f.ruleVersion} at ${f.path || "(note)"}: ${f.message}`,
    );
  }
  for (const h of r.hints) out.push(`- hint ${h.ruleId}: ${h.message}`);
  for (const c of r.checklist.filter((i) => !i.done)) {
    out.push(
      `- open ${c.id} (${c.severity}${c.blocksSigning ? ", blocks signing" : ""}; ${c.requiredBy.join(", ")}) at ${c.path}: ${c.label}`,
    );
  }
  return out;
}

/** The file's content for the current engine and cases. */
export function renderCaseOutputs(): string {
  const parts = [
    "# What the engine says for each named rule case",
    "",
    "Generated from packages/coding/test/rule-cases.ts and rule-cases.second-pass.ts by",
    "`pnpm --filter @tpi/coding gen:docs`; test/case-outputs.test.ts fails when it is stale. Review a change",
    "here as a coder would: the lines, the pointers, and the words of every reason and finding.",
  ];
  for (const c of RULE_CASES) {
    parts.push("", `## ${c.ruleId} ${c.fires ? "fires" : "does not fire"}: ${c.name}`, "");
    parts.push(...renderResult(codeNote(c.note, c.context ?? ctx)));
  }
  return `${parts.join("\n")}\n`;
}
