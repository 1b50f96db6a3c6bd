import type { SourceKey } from "./sources.js";

export type RuleFamily =
  "cpt" | "em" | "drug" | "diagnosis" | "claim-edit" | "payer" | "documentation";

/** The dates a rule is in force, inclusive; `to` null while it still is. */
export interface Effective {
  readonly from: string;
  readonly to: string | null;
}

/**
 * A coding rule as a coder reviews it: a permanent id, a plain statement, when it is in force and
 * where it comes from. The code that evaluates it lives in src/engine and refers to it by id; the
 * variable parts (codes, bands, limits, payer policy) are data tables, not branches.
 * Ids are permanent: a changed meaning bumps `version`; a retired rule gets `effective.to`.
 * `effective` governs: the engine applies a rule only to a date of service inside it.
 */
export interface RuleDefinition {
  readonly id: string;
  readonly version: number;
  readonly family: RuleFamily;
  readonly effective: Effective;
  readonly statement: string;
  readonly cite: readonly { readonly source: SourceKey; readonly locator: string }[];
}

/**
 * For rules about the engine itself rather than about a code (an unknown payer profile, a date no code
 * set covers): they hold for any date of service, so they can say that nothing else does.
 */
export const ANY_DATE: Effective = { from: "0001-01-01", to: null };

/** Whether the rule is in force on the date of service (ISO dates compare as strings). */
export function inEffect(rule: { readonly effective: Effective }, dateOfService: string): boolean {
  return (
    rule.effective.from <= dateOfService &&
    (rule.effective.to === null || dateOfService <= rule.effective.to)
  );
}
