import type { PayerProfile } from "@tpi/schemas";
import { RULES, SOURCES, type RuleFamily, type SourceKey } from "../rules/index.js";

const FAMILY_TITLES: Record<RuleFamily, string> = {
  cpt: "Procedure codes (CPT)",
  em: "Same-day E/M",
  drug: "Drugs (HCPCS Level II)",
  diagnosis: "Diagnoses (ICD-10-CM)",
  "claim-edit": "Claim edits (NCCI PTP, MUE)",
  payer: "Payer policy (values from the payer profile)",
  documentation: "Documentation checklist",
};

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

function sourceText(key: string, locator: string): string {
  const s = SOURCES[key as SourceKey] as (typeof SOURCES)[SourceKey] | undefined;
  if (!s) return cell(`${key}: ${locator}`);
  const title = s.url ? `[${s.title}](${s.url})` : s.title;
  return cell(`${title} (${s.edition}; confidence ${s.confidence}): ${locator}`);
}

/** docs/rules.md, generated from the rule tables and payer profiles; a test keeps the file current. */
export function renderRulesMarkdown(profiles: readonly PayerProfile[]): string {
  const out: string[] = [
    "# Coding rules",
    "",
    "Generated from `packages/coding/src/rules/*.rules.ts` and the built-in payer profiles by",
    "`pnpm --filter @tpi/coding gen:docs`. Do not edit by hand: a test fails when this file is stale.",
    "Every rule has a permanent id; a changed meaning bumps its version; a retired rule gets an end date.",
    "",
  ];
  for (const family of Object.keys(FAMILY_TITLES) as RuleFamily[]) {
    const rules = RULES.filter((r) => r.family === family);
    if (rules.length === 0) continue;
    out.push(
      `## ${FAMILY_TITLES[family]}`,
      "",
      "| id | v | in force | statement | sources |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const r of rules) {
      const when = `${r.effective.from}${r.effective.to ? ` to ${r.effective.to}` : " on"}`;
      const sources = r.cite.map((c) => sourceText(c.source, c.locator)).join("<br>");
      out.push(`| ${r.id} | ${r.version} | ${when} | ${cell(r.statement)} | ${sources} |`);
    }
    out.push("");
  }
  out.push("## Payer profiles", "");
  for (const p of profiles) {
    out.push(
      `### ${p.name} (\`${p.id}\`, v${p.version}, from ${p.effective.from})`,
      "",
      p.description,
      "",
    );
    const freq = p.frequency
      ? `${p.frequency.maxSessions} sessions per rolling ${p.frequency.windowMonths} months`
      : "no limit";
    out.push(
      `- Frequency: ${freq}`,
      `- Same muscle again after: ${p.repeatSameMuscleMinWeeks === null ? "no minimum" : `${p.repeatSameMuscleMinWeeks} weeks`}`,
      `- Relief required before a repeat: ${p.repeatRequiresReliefPercent === null ? "not checked" : `${p.repeatRequiresReliefPercent} %`}`,
      `- Conservative care before injection: ${p.conservativeCareMinWeeks === null ? "not checked" : `${p.conservativeCareMinWeeks} weeks`}`,
      `- Findings per injected muscle: ${p.minFindingsPerMuscle ?? "not checked"}`,
      `- One anatomical region per session: ${p.oneRegionPerSession ? "yes" : "no"}`,
      `- Ultrasound guidance: ${p.imagingGuidance.ultrasound}; fluoroscopy: ${p.imagingGuidance.fluoroscopy}`,
      `- Dry needling: ${p.dryNeedling}; other blocks in the same session: ${p.otherBlocksSameSession}`,
      `- Bundled agent classes: ${p.bundledAgentClasses.join(", ") || "none"}; not covered: ${p.nonCoveredAgentClasses.join(", ") || "none"}`,
      `- Diagnoses not covered: ${p.nonCoveredDiagnoses.map((d) => d.prefix).join(", ") || "none"}`,
      `- JW/JZ required: ${p.requireJwJz ? "yes" : "no"}; NDC required: ${p.requireNdc ? "yes" : "no"}; ABN modifier: ${p.abnModifier ?? "none"}`,
      `- Extra documentation: ${p.requiredDocumentation.join(", ") || "none"}`,
      `- Sources: ${p.citations.map((c) => sourceText(c.source, c.locator)).join("; ")}`,
      "",
    );
  }
  return out.join("\n");
}
