import type { CodingResult } from "@tpi/schemas";
import type { CodingBasis } from "./model.js";

const CODE_SET_LABELS: Record<keyof CodingResult["codeSets"], string> = {
  icd10cm: "ICD-10-CM",
  hcpcs: "HCPCS Level II",
  ncciPtp: "NCCI procedure-to-procedure edits",
  mue: "Medically unlikely edits",
};

/**
 * The "Coding basis" appendix: for each claim line the rules (id and version) that put it there, the
 * engine's reason and its sources, then the engine, code-set and payer-profile versions used. This is
 * what a payer reviewing an appeal needs to follow the coding without the app.
 */
export function codingBasis(result: CodingResult): CodingBasis {
  const codeSetKeys = Object.keys(CODE_SET_LABELS) as (keyof CodingResult["codeSets"])[];
  return {
    entries: result.claimLines.map((l) => ({
      line: [l.code, ...l.modifiers].join("-"),
      rules: l.rules.map((r) => `${r.id} v${r.version}`),
      reason: l.rationale,
      sources: [...new Set(l.citations.map((c) => `${c.title}, ${c.locator}`))],
    })),
    engineVersion: result.engineVersion,
    codeSets: codeSetKeys.map((k) => ({
      name: CODE_SET_LABELS[k],
      version: result.codeSets[k] ?? "not loaded",
    })),
    payerProfile: result.payerProfile
      ? `${result.payerProfile.name} (${result.payerProfile.id}, version ${result.payerProfile.version})`
      : "none applied",
  };
}
