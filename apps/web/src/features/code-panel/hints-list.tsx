import { memo } from "react";
import type { Hint } from "@tpi/schemas";
import { dequal } from "dequal/lite";

/** "Would change if": what a different fact in the note would do to the codes. */
export const HintsList = memo(
  function HintsList({ hints }: { hints: readonly Hint[] }) {
    if (hints.length === 0) return null;
    return (
      <ul className="cp-hints">
        {hints.map((h, i) => (
          <li key={`${h.ruleId}|${i}`}>{h.message}</li>
        ))}
      </ul>
    );
  },
  (a, b) => dequal(a.hints, b.hints),
);
