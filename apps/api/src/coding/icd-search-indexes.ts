import {
  buildIcdSearchIndex,
  icdCodeSetFor,
  type IcdCodeSet,
  type IcdSearchIndex,
} from "@tpi/coding";
import { loadCodeSets, loadIcdTerms } from "@tpi/codesets";

/**
 * One diagnosis-search index per ICD-10-CM code set (fiscal year), built on first use and kept for
 * the life of the process: code sets only change with a release, which ships with a new server.
 * Building takes seconds of CPU, so the start script warms the current year's index (see server.ts)
 * instead of letting the first search stall every request behind it.
 */
const indexes = new Map<string, IcdSearchIndex>();

export function icdSearchIndexFor(codeSet: IcdCodeSet): IcdSearchIndex {
  let index = indexes.get(codeSet.id);
  if (index === undefined) {
    index = buildIcdSearchIndex(codeSet, loadIcdTerms());
    indexes.set(codeSet.id, index);
  }
  return index;
}

/** Builds the index for the code set covering `dateOfService`; returns its id (undefined if none covers it). */
export function warmIcdSearch(dateOfService: string): string | undefined {
  const codeSet = icdCodeSetFor(loadCodeSets().icd10cm, dateOfService);
  if (codeSet === undefined) return undefined;
  icdSearchIndexFor(codeSet);
  return codeSet.id;
}
