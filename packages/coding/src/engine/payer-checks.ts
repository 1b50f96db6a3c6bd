import type { ResultBuilder } from "./context.js";
import { daysBetween, durationInWeeks, windowStart } from "./dates.js";
import { rowLabel } from "./procedure-lines.js";

const FINDING_FLAGS = [
  "tautBand",
  "tenderNodule",
  "referredPainReproduced",
  "localTwitchResponse",
] as const;

/** Payer policy checks; every number and switch comes from the payer profile. */
export function checkPayerPolicy(b: ResultBuilder): void {
  const p = b.payer;
  if (!p) return;
  const { note, injected, needled, regions } = b.facts;
  const tpiSession = injected.size > 0;
  const anySession = tpiSession || needled.size > 0;
  const dos = note.dateOfService;
  const abn = p.abnModifier
    ? ` Obtain an ABN before the service and append ${p.abnModifier} if billed.`
    : "";

  if (p.frequency && anySession) {
    const from = windowStart(dos, p.frequency.windowMonths);
    const prior = note.priorSessions.filter((s) => s.date >= from && s.date < dos);
    const total = prior.length + 1;
    if (total > p.frequency.maxSessions) {
      b.finding(
        "PAY-FREQ-01",
        "error",
        `This would be session ${total} in the rolling ${p.frequency.windowMonths} months since ${from}; ${p.name} allows ${p.frequency.maxSessions}. Expect a denial.${abn}`,
        "priorSessions",
      );
    } else if (total === p.frequency.maxSessions) {
      b.hint(
        "PAY-FREQ-01",
        `This is the last of ${p.frequency.maxSessions} sessions ${p.name} allows in the rolling ${p.frequency.windowMonths} months (since ${from}).`,
      );
    }
  }

  if (p.repeatSameMuscleMinWeeks !== null && tpiSession) {
    for (const rowsOfPair of injected.values()) {
      const r = rowsOfPair[0]!;
      const last = note.priorSessions
        .filter(
          (s) =>
            s.date < dos &&
            s.muscles.some((m) => m.muscleId === r.row.muscleId && m.side === r.row.side),
        )
        .map((s) => s.date)
        .sort()
        .at(-1);
      if (!last) continue;
      const weeks = daysBetween(last, dos) / 7;
      if (weeks < p.repeatSameMuscleMinWeeks) {
        b.finding(
          "PAY-REPEAT-01",
          "warning",
          `The ${rowLabel(r)} was injected on ${last}, ${Math.floor(weeks)} weeks ago; ${p.name} expects at least ${p.repeatSameMuscleMinWeeks} weeks before repeating the same location.${abn}`,
          `${r.path}.muscleId`,
        );
      }
    }
  }

  if (p.repeatRequiresReliefPercent !== null && tpiSession) {
    const last = [...note.priorSessions]
      .filter((s) => s.date < dos)
      .sort((a, c) => (a.date < c.date ? -1 : 1))
      .at(-1);
    if (last) {
      const idx = note.priorSessions.indexOf(last);
      if (last.reliefPercent === null) {
        b.finding(
          "PAY-RELIEF-01",
          "warning",
          `This is a repeat session: document the relief from the ${last.date} session (${p.name} expects at least ${p.repeatRequiresReliefPercent} % on the same pain scale).`,
          `priorSessions.${idx}.reliefPercent`,
        );
      } else if (last.reliefPercent < p.repeatRequiresReliefPercent) {
        b.finding(
          "PAY-RELIEF-01",
          "warning",
          `The ${last.date} session gave ${last.reliefPercent} % relief; ${p.name} expects at least ${p.repeatRequiresReliefPercent} % before a repeat.${abn}`,
          `priorSessions.${idx}.reliefPercent`,
        );
      } else if (
        last.painScale !== null &&
        note.history.painScale !== null &&
        last.painScale !== note.history.painScale
      ) {
        b.finding(
          "PAY-RELIEF-01",
          "warning",
          `Relief must be measured on the same pain scale: the ${last.date} session used ${last.painScale}, this note uses ${note.history.painScale}.`,
          "history.painScale",
        );
      }
    }
  }

  if (p.oneRegionPerSession && regions.size > 1) {
    b.finding(
      "PAY-REGION-01",
      "warning",
      `Muscles in ${regions.size} anatomical regions (${[...regions.keys()].map((r) => r.replaceAll("-", " ")).join(", ")}) in one session: ${p.name} covers one region per session.${abn}`,
      "procedure.muscles",
    );
  }

  if (needled.size > 0 && p.dryNeedling !== "covered") {
    b.finding(
      "PAY-DRYNEEDLE-01",
      "warning",
      `${p.name} treats dry needling as ${p.dryNeedling.replaceAll("-", " ")} (Medicare covers it only for chronic low back pain under NCD 30.3.3, by qualified practitioners).${abn}`,
      "procedure.muscles",
    );
  }

  if (p.conservativeCareMinWeeks !== null && tpiSession) {
    const longest = Math.max(
      0,
      ...note.conservativeCare.map((c) => (c.duration ? durationInWeeks(c.duration) : 0)),
    );
    if (longest < p.conservativeCareMinWeeks) {
      b.finding(
        "PAY-CONSERVATIVE-01",
        "warning",
        `${p.name} expects at least ${p.conservativeCareMinWeeks} weeks of conservative care documented before injection; the longest recorded is ${Math.floor(longest)} weeks.`,
        "conservativeCare",
      );
    }
  }

  if (p.minFindingsPerMuscle !== null && tpiSession) {
    for (const rowsOfPair of injected.values()) {
      const r = rowsOfPair[0]!;
      const f = note.findings.find((x) => x.muscleId === r.row.muscleId && x.side === r.row.side);
      const count = f ? FINDING_FLAGS.filter((k) => f[k]).length : 0;
      if (count < p.minFindingsPerMuscle) {
        b.finding(
          "PAY-FINDINGS-01",
          "warning",
          `The ${rowLabel(r)} has ${count} trigger point finding${count === 1 ? "" : "s"} documented; ${p.name} requires at least ${p.minFindingsPerMuscle} (taut band, tender nodule, referred pain, local twitch).`,
          f ? `findings.${note.findings.indexOf(f)}` : "findings",
        );
      }
    }
  }

  for (const use of b.facts.agents.values()) {
    if (p.nonCoveredAgentClasses.includes(use.agent.class)) {
      b.finding(
        "PAY-AGENT-01",
        "warning",
        `${use.agent.name} (${use.agent.class}) is not a covered injectate under ${p.name}.${abn}`,
        `${use.paths[0] ?? "procedure.muscles"}.agentId`,
      );
    }
  }

  if (
    note.procedure.otherBlocksSameSession &&
    anySession &&
    p.otherBlocksSameSession !== "covered"
  ) {
    b.finding(
      "PAY-BLOCKS-01",
      "warning",
      `Other blocks in the same session as trigger point injections are ${p.otherBlocksSameSession.replaceAll("-", " ")} under ${p.name}.`,
      "procedure.otherBlocksSameSession",
    );
  }
}

/** Flags a pointed-to diagnosis the payer does not cover for trigger point injection (PAY-DX-01). */
export function checkPayerDiagnoses(b: ResultBuilder, procedurePointers: readonly number[]): void {
  const p = b.payer;
  if (!p || procedurePointers.length === 0) return;
  for (const ptr of procedurePointers) {
    const code = b.facts.note.diagnoses[ptr - 1];
    if (!code) continue;
    const rule = p.nonCoveredDiagnoses.find((d) =>
      code.toUpperCase().startsWith(d.prefix.toUpperCase()),
    );
    if (rule) b.finding("PAY-DX-01", "warning", `${code}: ${rule.reason}.`, `diagnoses.${ptr - 1}`);
  }
}
