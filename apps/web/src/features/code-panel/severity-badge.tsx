import type { Severity } from "@tpi/schemas";

// Icon and word together: colour is never the only signal (WCAG 1.4.1).
const LOOK: Record<Severity, { icon: string; word: string }> = {
  error: { icon: "⛔", word: "Error" },
  warning: { icon: "⚠", word: "Warning" },
  info: { icon: "ℹ", word: "Note" },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const look = LOOK[severity];
  return (
    <span className={`cp-severity cp-severity-${severity}`}>
      <span aria-hidden="true">{look.icon}</span> {look.word}
    </span>
  );
}
