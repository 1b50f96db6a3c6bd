import type { SourceKey } from "./sources.js";

export type RuleFamily =
  "cpt" | "em" | "drug" | "diagnosis" | "claim-edit" | "payer" | "documentation";

/**
 * A coding rule as a coder reviews it: a permanent id, a plain statement, when it is in force and
 * where it comes from. The code that evaluates it lives in src/engine and refers to it by id; the
 * variable parts (codes, bands, limits, payer policy) are data tables, not branches.
 * Ids are permanent: a changed meaning bumps `version`; a retired rule gets `effective.to`.
 */
export interface RuleDefinition {
  readonly id: string;
  readonly version: number;
  readonly family: RuleFamily;
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly statement: string;
  readonly cite: readonly { readonly source: SourceKey; readonly locator: string }[];
}

export function inEffect(rule: RuleDefinition, dateOfService: string): boolean {
  return (
    rule.effective.from <= dateOfService &&
    (rule.effective.to === null || dateOfService <= rule.effective.to)
  );
}
