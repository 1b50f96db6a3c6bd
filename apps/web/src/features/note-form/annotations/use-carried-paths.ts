import { useCallback, useMemo, useState } from "react";

/**
 * The carried paths still to check in this session: the stored list minus what the user edited.
 * Kept in component state on purpose: a reload shows the stored marks again, a save does not.
 */
export function useCarriedPaths(paths: readonly string[] | undefined): {
  carriedPaths: ReadonlySet<string>;
  dismissCarried: (path: string) => void;
} {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set());
  const dismissCarried = useCallback(
    (path: string) => setDismissed((prev) => (prev.has(path) ? prev : new Set(prev).add(path))),
    [],
  );
  const carriedPaths = useMemo(
    () => new Set((paths ?? []).filter((p) => !dismissed.has(p))),
    [paths, dismissed],
  );
  return { carriedPaths, dismissCarried };
}
