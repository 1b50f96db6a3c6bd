import { dequal } from "dequal/lite";

/**
 * Three-way merge of a note, one top-level section (note key) at a time. `base` is the version this
 * browser last had from the server, `mine` what is in the form now, `theirs` the newer version someone
 * else saved. A section changed on one side only takes that side; a section changed on both sides to
 * the same value is no clash; a section changed on both sides differently is a clash the user decides.
 * Nothing is taken from either side silently: the result lists what came from where.
 */
export type SectionMerge = {
  /** Sections only the other user changed: taken from theirs. */
  readonly theirsOnly: readonly string[];
  /** Sections only this user changed: kept from mine. */
  readonly mineOnly: readonly string[];
  /** Sections both changed differently: the user picks a side for each. */
  readonly clashes: readonly string[];
};

export type Side = "mine" | "theirs";

type Values = Readonly<Record<string, unknown>>;

export function mergeSections(base: Values, mine: Values, theirs: Values): SectionMerge {
  const theirsOnly: string[] = [];
  const mineOnly: string[] = [];
  const clashes: string[] = [];
  for (const key of sectionKeys(base, mine, theirs)) {
    const b = base[key];
    const m = mine[key];
    const t = theirs[key];
    if (dequal(m, t)) continue;
    if (dequal(m, b)) theirsOnly.push(key);
    else if (dequal(t, b)) mineOnly.push(key);
    else clashes.push(key);
  }
  return { theirsOnly, mineOnly, clashes };
}

/**
 * The merged values: theirs as the starting point, my one-sided sections on top, and for each clash
 * the side chosen. Throws if a clash has no choice: the caller must never guess one.
 */
export function applyMerge(
  merge: SectionMerge,
  mine: Values,
  theirs: Values,
  choices: Readonly<Record<string, Side>> = {},
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...theirs };
  for (const key of merge.mineOnly) merged[key] = mine[key];
  for (const key of merge.clashes) {
    const side = choices[key];
    if (side === undefined) throw new Error(`No choice for the clash in "${key}"`);
    merged[key] = side === "mine" ? mine[key] : theirs[key];
  }
  return merged;
}

/** One field that differs between two versions of a section, for showing the clash. */
export type FieldDifference = { path: string; mine: unknown; theirs: unknown };

/**
 * The leaf fields of section `key` that differ between mine and theirs ("history.location",
 * "procedure.muscles.0.triggerPoints"), at most `limit` of them.
 */
export function fieldDifferences(
  key: string,
  mine: unknown,
  theirs: unknown,
  limit = 6,
): FieldDifference[] {
  const out: FieldDifference[] = [];
  walk(key, mine, theirs, out, limit);
  return out;
}

function walk(path: string, a: unknown, b: unknown, out: FieldDifference[], limit: number): void {
  if (out.length >= limit || dequal(a, b)) return;
  // Rows added or removed are one difference (the list), not one per field of each row.
  const sameShape = Array.isArray(a) && Array.isArray(b) ? a.length === b.length : true;
  if (isContainer(a) && isContainer(b) && Array.isArray(a) === Array.isArray(b) && sameShape) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      walk(`${path}.${k}`, (a as Values)[k], (b as Values)[k], out, limit);
    }
    return;
  }
  out.push({ path, mine: a, theirs: b });
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === "object";
}

function sectionKeys(...versions: Values[]): string[] {
  const keys = new Set<string>();
  for (const v of versions) for (const k of Object.keys(v)) keys.add(k);
  return [...keys];
}
