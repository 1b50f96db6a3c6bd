import { CLAIM_EDIT_RULES } from "./claim-edit.rules.js";
import { CPT_RULES } from "./cpt.rules.js";
import { DIAGNOSIS_RULES } from "./diagnosis.rules.js";
import { DOCUMENTATION_RULES } from "./documentation.rules.js";
import { DRUG_RULES } from "./drug.rules.js";
import { EM_RULES } from "./em.rules.js";
import { PAYER_RULES } from "./payer.rules.js";
import type { RuleDefinition } from "./rule.js";

/** Every rule the engine knows, in the order docs/rules.md lists them. */
export const RULES: readonly RuleDefinition[] = [
  ...CPT_RULES,
  ...EM_RULES,
  ...DRUG_RULES,
  ...DIAGNOSIS_RULES,
  ...CLAIM_EDIT_RULES,
  ...PAYER_RULES,
  ...DOCUMENTATION_RULES,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id; an unknown id is a programming error (caught by the registry test). */
export function ruleById(id: string): RuleDefinition {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Unknown rule id ${id}`);
  return rule;
}

export { DOCUMENTATION_RULES };
export { inEffect } from "./rule.js";
export type { RuleDefinition, RuleFamily } from "./rule.js";
export { SOURCES } from "./sources.js";
export type { Source, SourceKey } from "./sources.js";
