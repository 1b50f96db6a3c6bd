import { type ChecklistItem, type CodingResult, type Note, type SignBlockers } from "@tpi/schemas";

/**
 * What keeps a note from being signed: every error finding, and every open checklist item the engine
 * marks blocksSigning (required for every payer, e.g. consent and named muscles, or by the note's payer
 * profile), plus a muscle row with neither an injectate nor an explicit dry-needling choice. Each has
 * its field path.
 */
export function signBlockers(note: Note, result: CodingResult): SignBlockers {
  const checklist: ChecklistItem[] = result.checklist.filter(
    (item) => !item.done && item.blocksSigning,
  );
  note.procedure.muscles.forEach((row, i) => {
    if (row.injectates.length === 0 && row.dryNeedling !== true) {
      checklist.push({
        id: "SIGN-INJECTATE-OR-DRY-NEEDLING",
        label: "Injectate given, or dry needling chosen explicitly, for this muscle",
        path: `procedure.muscles.${i}.injectates`,
        done: false,
        requiredBy: ["universal"],
        severity: "error",
        blocksSigning: true,
        citations: [],
      });
    }
  });
  return { findings: result.findings.filter((f) => f.severity === "error"), checklist };
}

export function isBlocked(blockers: SignBlockers): boolean {
  return blockers.findings.length > 0 || blockers.checklist.length > 0;
}
