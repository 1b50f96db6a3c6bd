import { matchVagueSite } from "../catalogs/muscle-search.js";
import type { ResultBuilder } from "./context.js";

/** References the catalogs cannot resolve: a muscle or agent id that is not in them, or a dose that does not compute. */
export function checkNoteIntegrity(b: ResultBuilder): void {
  for (const r of b.facts.unknownMuscles) {
    const vague = matchVagueSite(r.row.muscleId.replaceAll("-", " "));
    b.finding(
      "DOC-MUSCLES",
      "error",
      vague
        ? `"${r.row.muscleId}" names a site, not a muscle: name the muscle injected.`
        : `"${r.row.muscleId}" is not a muscle in the catalog: name the muscle injected.`,
      `${r.path}.muscleId`,
    );
  }
  for (const r of b.facts.sideErrors) {
    b.finding(
      "DOC-MUSCLES",
      "error",
      `The ${r.muscle?.name.toLowerCase() ?? r.row.muscleId} is a paired muscle: "midline" names neither side, so the row is not counted. Choose left or right.`,
      `${r.path}.side`,
    );
  }
  for (const a of b.facts.unknownAgents) {
    b.finding("DOC-AGENT", "error", `"${a.agentId}" is not an agent in the catalog.`, a.path);
  }
  for (const e of b.facts.doseErrors) {
    b.finding("DRUG-DOSE-01", "error", e.message, e.path);
  }
}
