import type { IcdCodeSet, IcdEntry, IcdTerm } from "../codesets/types.js";
import { simplify, stem, isStopWord } from "./normalize.js";

/**
 * How an official Index / inclusion term is matched: the words it needs (each "unit" is satisfied
 * by any one of its alternative spellings) and the words it may have (the Index's non-essential
 * modifiers in parentheses, e.g. "Headache, tension (-type)": "type" may be typed, need not be).
 */
export interface TermWords {
  readonly units: readonly (readonly string[])[];
  readonly optional: readonly string[];
}

function words(text: string): string[] {
  const simple = simplify(text);
  if (simple === "") return [];
  return simple
    .split(" ")
    .filter((w) => w !== "" && !isStopWord(w))
    .map(stem);
}

function sharesStem(a: string, b: string): boolean {
  const n = 4;
  return a.length >= n && b.length >= n && a.slice(0, n) === b.slice(0, n);
}

/**
 * Splits a flattened Index entry ("Main term, subterm, subterm") into units. The Index also lists
 * alternative forms of one term with commas ("Spasm(s), spastic, spasticity", "Lumbago, lumbalgia",
 * "Pain(s), pleura, pleural, pleuritic"): a one-word segment sharing its first four letters with the
 * unit before it is taken as another spelling of that unit, not as an extra word the query must have.
 * Inclusion notes are ordinary phrases: every word is a unit.
 */
export function termWords(term: string, kind: IcdTerm["kind"]): TermWords {
  const withoutPlural = term.replace(/\(s\)/g, "");
  const optional: string[] = [];
  const required = withoutPlural.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    optional.push(...words(inner));
    return " ";
  });
  const units: string[][] = [];
  const segments = kind === "index" ? required.split(",") : [required];
  for (const segment of segments) {
    const segmentWords = words(segment);
    const previous = units[units.length - 1];
    const only = segmentWords[0];
    if (
      segmentWords.length === 1 &&
      only !== undefined &&
      previous !== undefined &&
      previous.some((alt) => sharesStem(alt, only))
    ) {
      if (!previous.includes(only)) previous.push(only);
      continue;
    }
    for (const w of segmentWords) {
      if (!units.some((u) => u.includes(w))) units.push([w]);
    }
  }
  return { units, optional: optional.filter((w) => !units.some((u) => u.includes(w))) };
}

/** Injuries and other seven-character codes: the initial encounter is what a picker should offer. */
function preferInitialEncounter(children: readonly IcdEntry[]): readonly IcdEntry[] {
  const initial = children.filter(
    (c) => c.code.replace(".", "").length === 7 && c.code.endsWith("A"),
  );
  return initial.length > 0 ? initial : children;
}

/**
 * The codes of `codeSet` that a term points to. Index entries can be incomplete ("M54.4-", or
 * "S13.4", which needs "XXA"): they resolve to the billable codes below, initial encounter first.
 * An inclusion note belongs to the tabular entry it sits under, so under a header it resolves to the
 * header itself (its hit lists the billable children) and to those billable children ("Tennis
 * elbow" under M77.1 -> M77.1, M77.10, M77.11, M77.12). Terms come from the FY2027 subset; a target missing from this code
 * set resolves to nothing, so a FY2026 index never offers a code FY2026 does not have.
 */
export function resolveTermTargets(codeSet: IcdCodeSet, term: IcdTerm): readonly IcdEntry[] {
  if (term.kind === "excludes1" || term.kind === "excludes2") return [];
  const code = term.code.replace(/-+$/, "");
  const entry = codeSet.get(code);
  if (!entry) return [];
  if (entry.billable) return [entry];
  const children = preferInitialEncounter(codeSet.billableChildren(entry.code));
  return term.kind === "inclusion" ? [entry, ...children] : children;
}
