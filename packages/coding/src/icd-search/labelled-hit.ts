import type { LabelledIcdQuery } from "./labelled-queries.js";

/** How deep a labelled query's expected code may sit and still count as found. */
export const LABELLED_TOP = 5;

/**
 * Whether a search answered a labelled query: its expected code is among the first
 * `LABELLED_TOP` codes (or its own `top`), or, when the right answer is "no match", it returned nothing at all.
 * One definition for the tests and the bench, so both count the same way for every library.
 */
export function labelledHit(q: LabelledIcdQuery, codes: readonly string[]): boolean {
  return q.expected === null
    ? codes.length === 0
    : codes.slice(0, LABELLED_TOP).includes(q.expected);
}
