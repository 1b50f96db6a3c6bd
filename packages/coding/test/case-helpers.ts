import type { CodingResult, NoteInput, PayerProfile } from "@tpi/schemas";
import { PayerProfileSchema } from "@tpi/schemas";
import { BUILT_IN_PAYER_PROFILES } from "../src/payers/built-in-profiles.js";
import type { EngineContext } from "../src/engine/context.js";
import { ctx, row } from "./engine-context.js";

/** Helpers the rule-case tables share: note patches, payers, contexts and result views. */

export const codes = (r: CodingResult) =>
  r.claimLines.map((l) => `${l.code}${l.modifiers.map((m) => `-${m}`).join("")}x${l.units}`);
export const expectEq = (actual: unknown, expected: unknown, what: string) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
};

export const withMuscles =
  (...rows: unknown[]) =>
  (n: NoteInput) => ({ ...n, procedure: { ...n.procedure, muscles: rows as never } });
export const payer = (id: string) => (n: NoteInput) => ({ ...n, payerProfileId: id });
export const compose =
  (...fs: ((n: NoteInput) => NoteInput)[]) =>
  (n: NoteInput) =>
    fs.reduce((acc, f) => f(acc), n);
export const set = (path: string, value: unknown) => (n: NoteInput) => {
  const copy = structuredClone(n) as Record<string, unknown>;
  const keys = path.split(".");
  let obj = copy;
  for (const k of keys.slice(0, -1)) {
    obj[k] ??= {};
    obj = obj[k] as Record<string, unknown>;
  }
  obj[keys.at(-1)!] = value;
  return copy as NoteInput;
};

export const triam = (volumeMl = 1) => ({
  ...row("upper-trapezius"),
  injectates: [
    {
      agentId: "triamcinolone-acetonide",
      concentration: { value: 40, unit: "mg/mL" as const },
      volumeMl,
    },
  ],
});
export const singleDose = (agentId: string, discardedAmount = 0) =>
  set("procedure.vials", [{ agentId, type: "single-dose", discardedAmount }]);

/** A payer that bundles nothing, to show what happens to agents with no code of their own. */
export const NO_BUNDLING: PayerProfile = PayerProfileSchema.parse({
  id: "test-no-bundling",
  name: "Test payer that bundles no agent",
  effective: { from: "2020-01-01", to: null },
});
export const ctxNoBundling: EngineContext = {
  ...ctx,
  payerProfiles: [...BUILT_IN_PAYER_PROFILES, NO_BUNDLING],
};

/** A PTP table that (unlike the real one) pairs 20552 with 76942 at indicator 0, to exercise the removal path. */
export const ctxSyntheticPtp: EngineContext = {
  ...ctx,
  codeSets: {
    ...ctx.codeSets,
    ptp: {
      id: "synthetic",
      find: (a, b) =>
        [a, b].sort().join("|") === "20552|76942"
          ? {
              column1: "20552",
              column2: "76942",
              modifierIndicator: 0,
              rationale: "synthetic test edit",
            }
          : ctx.codeSets.ptp.find(a, b),
    },
  },
};

export const ultrasoundWithImages = compose(
  set("procedure.guidance", "ultrasound"),
  set("procedure.guidanceImagesRecorded", true),
);
export const prior = (date: string, extra: Record<string, unknown> = {}) => ({
  date,
  muscles: [{ muscleId: "upper-trapezius", side: "right" }],
  reliefPercent: 60,
  painScale: "NRS-11",
  ...extra,
});
