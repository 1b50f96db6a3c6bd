import type { DiagnosisResult } from "@tpi/schemas";
import type { IcdCodeSet } from "../codesets/types.js";
import type { RuleId } from "../rules/index.js";
import type { ResultBuilder } from "./context.js";
import {
  MYALGIA_PREFIX,
  MYOFASCIAL_DEFAULT,
  MYOFASCIAL_HEAD_NECK,
  REGION_SITE_CODES,
} from "./diagnosis-suggestions.table.js";

const CHILDREN_IN_MESSAGE = 6;
/** A claim line points to at most four diagnoses (CMS-1500 item 24E, 837P SV107). */
export const MAX_POINTERS = 4;
/** External-cause codes: chapter 20, V00-Y99 (ICD-10-CM Tabular). */
const EXTERNAL_CAUSE = /^[V-Y]/;
/** A title that makes a code a manifestation or an organism coded with another condition (guideline I.A.13). */
const CLASSIFIED_ELSEWHERE = /diseases classified elsewhere/i;

/**
 * The entry (the code's own, or its subcategory's or category's) whose title says "diseases classified
 * elsewhere", or undefined. Codes under such a category need not repeat it (M14.611 under M14).
 */
function classifiedElsewhere(set: IcdCodeSet, code: string) {
  for (let c = code.toUpperCase(); c.length >= 3; c = c.slice(0, -1).replace(/\.$/, "")) {
    const entry = set.get(c);
    if (entry && CLASSIFIED_ELSEWHERE.test(entry.longTitle)) return entry;
  }
  return undefined;
}

/** A diagnosis from the note's own list: its position there is its claim pointer (index 0 = A). */
function fromNote(index: number, d: Omit<DiagnosisResult, "origin" | "pointer">): DiagnosisResult {
  return {
    code: d.code,
    title: d.title,
    billable: d.billable,
    origin: "note",
    pointer: index + 1,
    billableChildren: d.billableChildren,
    reason: d.reason,
  };
}

function childrenOf(set: IcdCodeSet, code: string) {
  return set.billableChildren(code).map((e) => ({ code: e.code, title: e.longTitle }));
}

/** Checks each diagnosis against the code set for the date of service and suggests what the note supports. */
export function checkDiagnoses(b: ResultBuilder): void {
  const { note } = b.facts;
  const set = b.icd;
  if (!set) {
    const loaded = b.ctx.codeSets.icd10cm
      .map((s) => `${s.id} (${s.effectiveFrom} to ${s.effectiveTo})`)
      .join(", ");
    b.finding(
      "DX-CODESET-01",
      "error",
      `No ICD-10-CM code set covers the date of service ${note.dateOfService}; loaded: ${loaded || "none"}. Diagnoses cannot be checked.`,
      "dateOfService",
    );
  }

  checkOrder(b);

  for (const [i, code] of note.diagnoses.entries()) {
    const path = `diagnoses.${i}`;
    if (!set) {
      b.diagnoses.push(
        fromNote(i, {
          code,
          title: "",
          billable: false,
          billableChildren: [],
          reason: "Not checked: no code set for the date of service.",
        }),
      );
      continue;
    }
    const entry = set.get(code);
    if (entry?.billable) {
      b.diagnoses.push(
        fromNote(i, {
          code: entry.code,
          title: entry.longTitle,
          billable: true,
          billableChildren: [],
          reason: `Billable in ICD-10-CM ${set.id}.`,
        }),
      );
      continue;
    }
    if (entry) {
      const children = childrenOf(set, entry.code);
      const shown = children
        .slice(0, CHILDREN_IN_MESSAGE)
        .map((c) => `${c.code} ${c.title}`)
        .join("; ");
      const more =
        children.length > CHILDREN_IN_MESSAGE
          ? `; and ${children.length - CHILDREN_IN_MESSAGE} more`
          : "";
      b.finding(
        "DX-VALID-01",
        "error",
        `${entry.code} (${entry.longTitle}) is a header in ICD-10-CM ${set.id}, not a billable code. Choose one of: ${shown}${more}.`,
        path,
      );
      b.diagnoses.push(
        fromNote(i, {
          code: entry.code,
          title: entry.longTitle,
          billable: false,
          billableChildren: children,
          reason: `Header in ${set.id}: choose a billable code under it.`,
        }),
      );
      continue;
    }
    const elsewhere = b.ctx.codeSets.icd10cm.filter((s) => s !== set && s.get(code)?.billable);
    const where =
      elsewhere.length > 0
        ? ` It is billable in ${elsewhere.map((s) => `${s.id} (${s.effectiveFrom} to ${s.effectiveTo})`).join(", ")}, not on ${note.dateOfService}.`
        : "";
    b.finding(
      "DX-VALID-02",
      "error",
      `${code} is not a code in ICD-10-CM ${set.id} (in force on ${note.dateOfService}).${where}`,
      path,
    );
    b.diagnoses.push(
      fromNote(i, {
        code,
        title: "",
        billable: false,
        billableChildren: [],
        reason: `Not in ${set.id}.`,
      }),
    );
  }

  checkExcludes1(b);
  if (set) suggestDiagnoses(b, set);
}

/** Pairs of chosen diagnoses an Excludes1 note separates (DX-EXCL1-01), each pair once. */
function checkExcludes1(b: ResultBuilder): void {
  const table = b.ctx.codeSets.excludes1;
  if (!table || !b.inForce("DX-EXCL1-01")) return;
  const codes = [...new Set(b.facts.note.diagnoses.map((c) => c.toUpperCase()))];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const [a, c] = [codes[i]!, codes[j]!].sort();
      const hit = table.excludedBy(a!, c!) ?? table.excludedBy(c!, a!);
      if (!hit) continue;
      const later = b.facts.note.diagnoses.findIndex((d) => d.toUpperCase() === codes[j]);
      b.finding(
        "DX-EXCL1-01",
        "error",
        `${a} and ${c} are never coded together: the Excludes1 note at ${hit.place} reads "${hit.note}". Keep the one the documentation supports.`,
        `diagnoses.${later}`,
      );
    }
  }
}

/**
 * A repeated diagnosis (DX-DUP-01), an external-cause code listed first (DX-ORDER-01) and a code "in
 * diseases classified elsewhere" listed first (DX-ORDER-02).
 */
function checkOrder(b: ResultBuilder): void {
  const { diagnoses } = b.facts.note;
  const first = new Map<string, number>();
  for (const [i, code] of diagnoses.entries()) {
    const at = first.get(code.toUpperCase());
    if (at === undefined) {
      first.set(code.toUpperCase(), i);
      continue;
    }
    b.finding(
      "DX-DUP-01",
      "info",
      `${code} is listed twice (positions ${at + 1} and ${i + 1}): lines point to it once; remove the repeat.`,
      `diagnoses.${i}`,
    );
  }
  const primary = diagnoses[0];
  if (primary && EXTERNAL_CAUSE.test(primary.toUpperCase())) {
    b.finding(
      "DX-ORDER-01",
      "error",
      `${primary} is an external-cause code (V00-Y99): it can never be the first-listed diagnosis. List the condition first and ${primary} after it.`,
      "diagnoses.0",
    );
  }
  const elsewhere = primary && b.icd ? classifiedElsewhere(b.icd, primary) : undefined;
  if (primary && elsewhere) {
    b.finding(
      "DX-ORDER-02",
      "error",
      `${primary} cannot be listed first: ${elsewhere.code} "${elsewhere.longTitle}" is coded after the condition it accompanies (the Tabular's "code first" note). List the underlying condition first and ${primary} after it.`,
      "diagnoses.0",
    );
  }
}

function suggestDiagnoses(b: ResultBuilder, set: IcdCodeSet): void {
  const { note, injected, needled, ownProcedures, regions } = b.facts;
  if (injected.size + needled.size + ownProcedures.size === 0) return;
  const inNote = new Set(note.diagnoses.map((c) => c.toUpperCase()));
  const suggest = (ruleId: RuleId, code: string, reason: string) => {
    const entry = set.get(code);
    if (!entry?.billable || inNote.has(entry.code)) return;
    if (b.diagnoses.some((d) => d.code === entry.code)) return;
    b.diagnoses.push({
      code: entry.code,
      title: entry.longTitle,
      billable: true,
      origin: "suggested",
      pointer: null,
      billableChildren: [],
      reason,
    });
    b.hint(ruleId, `Consider ${entry.code} (${entry.longTitle}): ${reason}`);
  };

  const hasMyalgia = note.diagnoses.some((c) => c.toUpperCase().startsWith(MYALGIA_PREFIX));
  if (!hasMyalgia) {
    const allHeadNeck = regions.size === 1 && regions.has("head-neck");
    const code = allHeadNeck ? MYOFASCIAL_HEAD_NECK : MYOFASCIAL_DEFAULT;
    suggest(
      "DX-SUGGEST-01",
      code,
      allHeadNeck
        ? "Myofascial pain in head and neck muscles (Index: Myalgia, auxiliary muscles, head and neck)."
        : "Trigger points documented: myofascial pain syndrome (Index: Syndrome, myofascial pain).",
    );
  }
  for (const region of regions.keys()) {
    for (const code of REGION_SITE_CODES[region]) {
      suggest(
        "DX-SUGGEST-02",
        code,
        `Site pain for the ${region.replaceAll("-", " ")} region of the injected muscles (secondary, when documented).`,
      );
    }
  }
}

/**
 * Pointers (1-based positions in the note's list) to the billable diagnoses a line may point to, each
 * code once (a repeated diagnosis is pointed to at its first position), at most four.
 */
export function pointersFor(
  diagnoses: readonly DiagnosisResult[],
  codes: readonly string[] | null,
): number[] {
  const wanted = codes ? new Set(codes.map((c) => c.toUpperCase())) : null;
  const seen = new Set<string>();
  const pointers: number[] = [];
  for (const d of diagnoses) {
    if (d.origin !== "note" || !d.billable || d.pointer === null) continue;
    if ((wanted && !wanted.has(d.code)) || seen.has(d.code)) continue;
    seen.add(d.code);
    pointers.push(d.pointer);
    if (pointers.length === MAX_POINTERS) break;
  }
  return pointers;
}
