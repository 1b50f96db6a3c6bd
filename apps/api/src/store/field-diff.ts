/** One field whose value differs between two versions of a note. */
export interface FieldDiff {
  path: string;
  /** undefined where the field did not exist on that side. */
  oldValue: unknown;
  newValue: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Nothing a person typed: null, "", false, [] or an object of only those. */
export function isEmptyValue(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === "" ||
    v === false ||
    (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.values(v).every(isEmptyValue))
  );
}

/**
 * The fields that differ between two JSON values, as dotted paths (procedure.muscles.0.triggerPoints).
 * Objects and arrays present on both sides are compared member by member; a member present on one side
 * only (an added or removed muscle row) is one change carrying the whole member.
 * With `before` undefined (a new note), only the fields with content are listed.
 */
export function diffFields(before: unknown, after: unknown, prefix = ""): FieldDiff[] {
  if (before === undefined) {
    return leavesWithContent(after, prefix).map(([path, value]) => ({
      path,
      oldValue: undefined,
      newValue: value,
    }));
  }
  const bothObjects = isPlainObject(before) && isPlainObject(after);
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  if (bothObjects || bothArrays) {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const keys = bothArrays
      ? Array.from(
          { length: Math.max((before as unknown[]).length, (after as unknown[]).length) },
          (_, i) => String(i),
        )
      : [...new Set([...Object.keys(b), ...Object.keys(a)])];
    return keys.flatMap((key) => {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      const [x, y] = [b[key], a[key]];
      if (x === undefined || y === undefined) {
        return JSON.stringify(x) === JSON.stringify(y) ? [] : [{ path, oldValue: x, newValue: y }];
      }
      return diffFields(x, y, path);
    });
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path: prefix, oldValue: before, newValue: after }];
}

function leavesWithContent(value: unknown, prefix: string): [string, unknown][] {
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([k, v]) =>
      leavesWithContent(v, prefix === "" ? k : `${prefix}.${k}`),
    );
  }
  return isEmptyValue(value) ? [] : [[prefix, value]];
}
