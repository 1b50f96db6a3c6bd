import { CLAIM_EDIT_RULES } from "./claim-edit.rules.js";
import { CPT_RULES } from "./cpt.rules.js";
import { DIAGNOSIS_RULES } from "./diagnosis.rules.js";
import { DOCUMENTATION_RULES, type DocumentationRuleId } from "./documentation.rules.js";
import { DRUG_RULES } from "./drug.rules.js";
import { EM_RULES } from "./em.rules.js";
import { PAYER_RULES } from "./payer.rules.js";
import type { RuleDefinition } from "./rule.js";

/**
 * Every rule id the engine knows, derived from the rule tables: the engine's functions take this type,
 * so a misspelt id fails type-checking instead of failing inside codeNote.
 */
export type RuleId =
  | (typeof CPT_RULES)[number]["id"]
  | (typeof EM_RULES)[number]["id"]
  | (typeof DRUG_RULES)[number]["id"]
  | (typeof DIAGNOSIS_RULES)[number]["id"]
  | (typeof CLAIM_EDIT_RULES)[number]["id"]
  | (typeof PAYER_RULES)[number]["id"]
  | DocumentationRuleId;

/** The id of a payer-policy rule (its numbers and switches come from the payer profile). */
export type PayerRuleId = (typeof PAYER_RULES)[number]["id"];

/** Every rule the engine knows, in the order docs/rules.md lists them. */
export const RULES: readonly (RuleDefinition & { readonly id: RuleId })[] = [
  ...CPT_RULES,
  ...EM_RULES,
  ...DRUG_RULES,
  ...DIAGNOSIS_RULES,
  ...CLAIM_EDIT_RULES,
  ...PAYER_RULES,
  ...DOCUMENTATION_RULES,
];

const BY_ID = new Map<string, RuleDefinition>(RULES.map((r) => [r.id, r]));

/** The rule with this id. Total over RuleId: every id of the type is a row of the tables. */
export function rule(id: RuleId): RuleDefinition {
  return BY_ID.get(id)!;
}

/** The rule with this id, or undefined for a string that is not a rule id (for callers outside the engine). */
export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

export { DOCUMENTATION_RULES };
export type { DocumentationRule, DocumentationRuleId } from "./documentation.rules.js";
export { ANY_DATE, inEffect } from "./rule.js";
export type { Effective, RuleDefinition, RuleFamily } from "./rule.js";
export { SOURCES } from "./sources.js";
export type { Source, SourceKey } from "./sources.js";
