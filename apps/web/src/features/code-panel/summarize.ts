import type { ClaimLine, CodingResult } from "@tpi/schemas";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "J3301×4" for several units, the bare code for one. */
export function lineLabel(line: Pick<ClaimLine, "code" | "units" | "modifiers">): string {
  const mods = line.modifiers.length > 0 ? `-${line.modifiers.join("-")}` : "";
  return line.units > 1 ? `${line.code}${mods}×${line.units}` : `${line.code}${mods}`;
}

export interface ResultCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly missing: number;
}

export function countResult(result: CodingResult): ResultCounts {
  return {
    errors: result.findings.filter((f) => f.severity === "error").length,
    warnings: result.findings.filter((f) => f.severity === "warning").length,
    missing: result.checklist.filter((c) => !c.done).length,
  };
}

/** The one-line summary for narrow screens: "20552 · J3301×4 · 2 warnings · 3 missing". */
export function summaryText(result: CodingResult): string {
  const { errors, warnings, missing } = countResult(result);
  const parts =
    result.claimLines.length > 0 ? result.claimLines.map(lineLabel) : ["No claim lines yet"];
  if (errors > 0) parts.push(plural(errors, "error", "errors"));
  if (warnings > 0) parts.push(plural(warnings, "warning", "warnings"));
  if (missing > 0) parts.push(`${missing} missing`);
  return parts.join(" · ");
}

/** What a screen reader hears when the claim lines change: codes and units in words, no symbols. */
export function announcementText(lines: readonly ClaimLine[]): string {
  if (lines.length === 0) return "No claim lines.";
  const spoken = lines.map((l) => {
    const mods = l.modifiers.length > 0 ? ` modifier ${l.modifiers.join(" ")}` : "";
    return `${l.code}${mods}, ${plural(l.units, "unit", "units")}`;
  });
  return `Claim lines: ${spoken.join("; ")}.`;
}
