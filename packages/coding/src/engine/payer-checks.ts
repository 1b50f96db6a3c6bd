import type { PayerProfile, PriorSession } from "@tpi/schemas";
import type { PayerRuleId } from "../rules/index.js";
import type { ResultBuilder } from "./context.js";
import { daysBetween, durationInWeeks, windowStart } from "./dates.js";
import { muscleKey } from "./facts.js";
import { COVERAGE_LABELS, REGION_LABELS } from "./labels.table.js";
import { rowLabel } from "./procedure-lines.js";

/** What every payer check gets: the builder, the profile, and what the claim already decided. */
export interface PayerCheckInput {
  readonly b: ResultBuilder;
  readonly p: PayerProfile;
  /** " Obtain an ABN ... append GA if billed." when the profile names an ABN modifier, else "". */
  readonly abn: string;
  /** Pointers (1-based) of the procedure lines, for the diagnosis coverage check. */
  readonly procedurePointers: readonly number[];
  /** The last session before the date of service (found once, for every check that reads it). */
  readonly lastPrior: () => PriorSession | undefined;
}

type PayerCheck = (input: PayerCheckInput) => void;

/** Relief more than this many points away from the computed relief is flagged (PAY-RELIEF-02). */
export const RELIEF_DISAGREEMENT_POINTS = 20;

const tpiSession = (b: ResultBuilder) => b.facts.injected.size > 0;
const anySession = (b: ResultBuilder) => b.facts.injected.size + b.facts.needled.size > 0;

/**
 * The last session before the date of service. Two on that date: the one with least relief recorded (to
 * be safe), then by content, so the choice never depends on the order the sessions are listed in.
 */
function lastPriorSession(b: ResultBuilder): PriorSession | undefined {
  const dos = b.facts.note.dateOfService;
  let last: PriorSession | undefined;
  for (const s of b.facts.note.priorSessions) {
    if (s.date < dos && (!last || laterOrSafer(s, last))) last = s;
  }
  return last;
}

const relief = (s: PriorSession) => s.reliefPercent ?? -1;
/** Whether `s` is chosen over `than`: a later date; on one date, less relief, then by content. */
function laterOrSafer(s: PriorSession, than: PriorSession): boolean {
  if (s.date !== than.date) return s.date > than.date;
  const byRelief = relief(s) - relief(than);
  if (byRelief !== 0) return byRelief < 0;
  return JSON.stringify(s) < JSON.stringify(than);
}

const priorPath = (b: ResultBuilder, s: PriorSession) =>
  `priorSessions.${b.facts.note.priorSessions.indexOf(s)}`;

/** Relief from a session's before and after scores, in percent, when both are recorded and before > 0. */
export function computedRelief(s: PriorSession): number | null {
  const before = s.painScoreBefore;
  const after = s.painScoreAfter ?? null;
  if (before === null || after === null || !(before > 0)) return null;
  return Math.round(((before - after) / before) * 100);
}

/**
 * The payer checks, one row per payer rule that inspects the whole note (PAY-GUIDANCE-01 decides a line
 * and lives with it in procedure-lines.ts; PAY-PROFILE-01 in code-note.ts). Every number and switch
 * comes from the payer profile; a new check is a new row under its rule id.
 */
export const PAYER_CHECKS: Readonly<
  Partial<Record<Exclude<PayerRuleId, "PAY-PROFILE-01" | "PAY-GUIDANCE-01">, PayerCheck>>
> = {
  "PAY-FREQ-01": ({ b, p, abn }) => {
    if (!p.frequency || !anySession(b)) return;
    const dos = b.facts.note.dateOfService;
    const from = windowStart(dos, p.frequency.windowMonths);
    const prior = b.facts.note.priorSessions.filter((s) => s.date >= from && s.date < dos);
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
  },

  "PAY-REPEAT-01": ({ b, p, abn }) => {
    const minWeeks = p.repeatSameMuscleMinWeeks;
    if (minWeeks === null || !tpiSession(b)) return;
    const dos = b.facts.note.dateOfService;
    for (const [key, rows] of b.facts.injected) {
      // Every row of the muscle (upper and middle trapezius) against every prior entry of it.
      const last = b.facts.note.priorSessions
        .filter((s) => s.date < dos && s.muscles.some((m) => muscleKey(m.muscleId, m.side) === key))
        .map((s) => s.date)
        .sort()
        .at(-1);
      if (!last) continue;
      const days = daysBetween(last, dos);
      if (days < minWeeks * 7) {
        const r = rows[0]!;
        b.finding(
          "PAY-REPEAT-01",
          "warning",
          `The ${rowLabel(r)} was injected on ${last}, ${Math.floor(days / 7)} weeks ago; ${p.name} expects at least ${minWeeks} weeks before repeating the same location.${abn}`,
          `${r.path}.muscleId`,
        );
      }
    }
  },

  "PAY-RELIEF-01": ({ b, p, abn, lastPrior }) => {
    const minPercent = p.repeatRequiresReliefPercent;
    if (minPercent === null || !tpiSession(b)) return;
    const last = lastPrior();
    if (!last) return;
    const path = priorPath(b, last);
    if (last.reliefPercent === null) {
      b.finding(
        "PAY-RELIEF-01",
        "warning",
        `This is a repeat session: document the relief from the ${last.date} session (${p.name} expects at least ${minPercent} % on the same pain scale).`,
        `${path}.reliefPercent`,
      );
    } else if (last.reliefPercent < minPercent) {
      b.finding(
        "PAY-RELIEF-01",
        "warning",
        `The ${last.date} session gave ${last.reliefPercent} % relief; ${p.name} expects at least ${minPercent} % before a repeat.${abn}`,
        `${path}.reliefPercent`,
      );
    } else if (
      last.painScale !== null &&
      b.facts.note.history.painScale !== null &&
      last.painScale !== b.facts.note.history.painScale
    ) {
      b.finding(
        "PAY-RELIEF-01",
        "warning",
        `Relief must be measured on the same pain scale: the ${last.date} session used ${last.painScale}, this note uses ${b.facts.note.history.painScale}.`,
        "history.painScale",
      );
    }
  },

  "PAY-RELIEF-02": ({ b, p, lastPrior }) => {
    if (p.repeatRequiresReliefPercent === null || !tpiSession(b)) return;
    const last = lastPrior();
    if (!last) return;
    const computed = computedRelief(last);
    if (computed === null) return;
    const scores = `${last.painScoreBefore} to ${last.painScoreAfter}${last.painScale ? ` on ${last.painScale}` : ""}`;
    const path = priorPath(b, last);
    if (last.reliefPercent === null) {
      b.finding(
        "PAY-RELIEF-02",
        "info",
        `Relief from the ${last.date} session computed from its scores (${scores}): ${computed} %; none reported.`,
        `${path}.reliefPercent`,
      );
      return;
    }
    const apart = Math.abs(computed - last.reliefPercent);
    b.finding(
      "PAY-RELIEF-02",
      apart > RELIEF_DISAGREEMENT_POINTS ? "warning" : "info",
      apart > RELIEF_DISAGREEMENT_POINTS
        ? `The ${last.date} session's reported relief (${last.reliefPercent} %) and the relief its scores give (${scores}: ${computed} %) are ${apart} points apart: check both before relying on either.`
        : `Relief from the ${last.date} session: reported ${last.reliefPercent} %, computed ${computed} % from its scores (${scores}).`,
      `${path}.reliefPercent`,
    );
  },

  "PAY-RELIEF-03": ({ b, p, abn, lastPrior }) => {
    const minWeeks = p.repeatReliefMinWeeks;
    if (minWeeks === null || !tpiSession(b)) return;
    const last = lastPrior();
    if (!last) return;
    const path = `${priorPath(b, last)}.reliefDurationWeeks`;
    if (last.reliefDurationWeeks === null) {
      b.finding(
        "PAY-RELIEF-03",
        "warning",
        `Document how long the relief from the ${last.date} session lasted: ${p.name} expects at least ${minWeeks} weeks.`,
        path,
      );
    } else if (last.reliefDurationWeeks < minWeeks) {
      b.finding(
        "PAY-RELIEF-03",
        "warning",
        `The relief from the ${last.date} session lasted ${last.reliefDurationWeeks} weeks; ${p.name} expects at least ${minWeeks}.${abn}`,
        path,
      );
    }
  },

  "PAY-REGION-01": ({ b, p, abn }) => {
    const { regions } = b.facts;
    if (!p.oneRegionPerSession || regions.size <= 1) return;
    b.finding(
      "PAY-REGION-01",
      "warning",
      `Muscles in ${regions.size} anatomical regions (${[...regions.keys()].map((r) => REGION_LABELS[r]).join(", ")}) in one session: ${p.name} covers one region per session.${abn}`,
      "procedure.muscles",
    );
  },

  "PAY-DRYNEEDLE-01": ({ b, p, abn }) => {
    if (b.facts.needled.size === 0 || p.dryNeedling === "covered") return;
    b.finding(
      "PAY-DRYNEEDLE-01",
      "warning",
      `${p.name} treats dry needling as ${COVERAGE_LABELS[p.dryNeedling]} (Medicare covers it only for chronic low back pain under NCD 30.3.3, by qualified practitioners).${abn}`,
      "procedure.muscles",
    );
  },

  "PAY-CONSERVATIVE-01": ({ b, p }) => {
    const minWeeks = p.conservativeCareMinWeeks;
    if (minWeeks === null || !tpiSession(b)) return;
    const longest = Math.max(
      0,
      ...b.facts.note.conservativeCare.map((c) => (c.duration ? durationInWeeks(c.duration) : 0)),
    );
    if (longest < minWeeks) {
      b.finding(
        "PAY-CONSERVATIVE-01",
        "warning",
        `${p.name} expects at least ${minWeeks} weeks of conservative care documented before injection; the longest recorded is ${Math.floor(longest)} weeks.`,
        "conservativeCare",
      );
    }
  },

  "PAY-FINDINGS-01": ({ b, p }) => {
    const min = p.minFindingsPerMuscle;
    if (min === null || !tpiSession(b)) return;
    for (const [key, rows] of b.facts.injected) {
      // Every exam entry for the muscle and side counts, in any order.
      const f = b.facts.findings.get(key);
      const count = f?.flags.size ?? 0;
      if (count < min) {
        b.finding(
          "PAY-FINDINGS-01",
          "warning",
          `The ${rowLabel(rows[0]!)} has ${count} trigger point finding${count === 1 ? "" : "s"} documented; ${p.name} requires at least ${min} (taut band, tender nodule, referred pain, local twitch).`,
          f?.path ?? "findings",
        );
      }
    }
  },

  "PAY-AGENT-01": ({ b, p, abn }) => {
    for (const use of b.facts.agents.values()) {
      if (!p.nonCoveredAgentClasses.includes(use.agent.class)) continue;
      b.finding(
        "PAY-AGENT-01",
        "warning",
        `${use.agent.name} is not a covered injectate under ${p.name}.${abn}`,
        `${use.paths[0] ?? "procedure.muscles"}.agentId`,
      );
    }
  },

  "PAY-BLOCKS-01": ({ b, p }) => {
    if (!b.facts.note.procedure.otherBlocksSameSession || !anySession(b)) return;
    if (p.otherBlocksSameSession === "covered") return;
    b.finding(
      "PAY-BLOCKS-01",
      "warning",
      `Other blocks in the same session as trigger point injections are ${COVERAGE_LABELS[p.otherBlocksSameSession]} under ${p.name}.`,
      "procedure.otherBlocksSameSession",
    );
  },

  "PAY-DX-01": ({ b, p, abn, procedurePointers }) => {
    for (const ptr of procedurePointers) {
      const code = b.facts.note.diagnoses[ptr - 1];
      if (!code) continue;
      const rule = p.nonCoveredDiagnoses.find((d) =>
        code.toUpperCase().startsWith(d.prefix.toUpperCase()),
      );
      if (rule) {
        b.finding("PAY-DX-01", "warning", `${code}: ${rule.reason}.${abn}`, `diagnoses.${ptr - 1}`);
      }
    }
  },
};

/** Runs every payer check of the table, in the order of the rule table (docs/rules.md). */
export function checkPayerPolicy(b: ResultBuilder, procedurePointers: readonly number[]): void {
  const p = b.payer;
  if (!p) return;
  const abn = p.abnModifier
    ? ` Obtain an ABN before the service and append ${p.abnModifier} if billed.`
    : "";
  let last: PriorSession | undefined | null = null;
  const lastPrior = () => (last === null ? (last = lastPriorSession(b)) : last);
  const input: PayerCheckInput = { b, p, abn, procedurePointers, lastPrior };
  for (const [id, check] of CHECKS_IN_ORDER) {
    if (b.inForce(id)) check(input);
  }
}

const CHECKS_IN_ORDER = Object.entries(PAYER_CHECKS) as [PayerRuleId, PayerCheck][];
