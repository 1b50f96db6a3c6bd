import type { Severity } from "@tpi/schemas";
import { StatusMark } from "../../shared/ui/status-mark";

// A word and a drawn shape together: colour is never the only signal (WCAG 1.4.1), and no emoji,
// which renders as an empty box without an emoji font.
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`cp-severity cp-severity-${severity}`}>
      <StatusMark kind={severity} />
    </span>
  );
}
