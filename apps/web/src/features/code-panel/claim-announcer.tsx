import { useEffect, useRef, useState } from "react";
import { useDebouncedValue } from "../../shared/use-debounced-value";

/**
 * A polite live region that speaks the claim lines once they settle: typing a number into the form
 * re-runs the engine on each keystroke, and announcing each intermediate result would be noise.
 * The first result is not announced (nothing changed yet).
 */
export function ClaimAnnouncer({ text, delayMs = 900 }: { text: string; delayMs?: number }) {
  const settled = useDebouncedValue(text, delayMs);
  const first = useRef<string | null>(null);
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    if (first.current === null) {
      first.current = settled;
      return;
    }
    if (settled !== first.current) {
      first.current = settled;
      setSpoken(settled);
    }
  }, [settled]);
  return (
    <div aria-live="polite" aria-atomic="true" role="status" className="visually-hidden">
      {spoken}
    </div>
  );
}
