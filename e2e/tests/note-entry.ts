import { expect, type Locator, type Page } from "@playwright/test";
import type { NoteInput } from "@tpi/schemas";
import { escapeRegExp, muscleRows } from "./support";

/**
 * Enters a note through the editor as a person would: typing, picking from lists, ticking boxes and
 * pressing buttons found by their labels. Driven by a fixture note so the journey and the reviewed
 * expectations share one source.
 */

/** What a clinician would type into the muscle combobox for each catalog muscle the fixtures use. */
export const MUSCLE_TYPED: Readonly<Record<string, string>> = {
  "upper-trapezius": "utr",
  "quadratus-lumborum": "QL",
  infraspinatus: "infra",
  "teres-minor": "teres min",
  "rhomboid-major": "rhomboid maj",
};

/** Catalog names as the form shows them (the e2e package reads no app code). */
export const MUSCLE_NAME: Readonly<Record<string, string>> = {
  "upper-trapezius": "Upper trapezius",
  "quadratus-lumborum": "Quadratus lumborum",
  infraspinatus: "Infraspinatus",
  "teres-minor": "Teres minor",
  "rhomboid-major": "Rhomboid major",
};

type Muscles = NonNullable<NonNullable<NoteInput["procedure"]>["muscles"]>;
type MuscleInput = Muscles[number];

export function section(page: Page, title: string): Locator {
  return page.getByRole("region", { name: title, exact: true });
}

export async function enterEncounter(page: Page, note: NoteInput): Promise<void> {
  const s = section(page, "Patient and encounter");
  await s.getByLabel("Date of service").fill(note.dateOfService);
  await s.getByLabel("Payer profile").selectOption(note.payerProfileId);
  if (note.placeOfService) await s.getByLabel("Place of service").selectOption(note.placeOfService);
  const provider = note.renderingProvider;
  if (provider) {
    await s.getByLabel("Rendering provider", { exact: true }).fill(provider.name ?? "");
    await s.getByLabel("Provider NPI").fill(provider.npi ?? "");
    await s.getByLabel("Credentials").fill(provider.credentials ?? "");
  }
}

export async function enterHistory(page: Page, note: NoteInput): Promise<void> {
  const h = note.history;
  if (!h) return;
  const s = section(page, "History");
  const chars = s.getByRole("group", { name: "Pain character" });
  for (const c of h.painCharacter ?? []) await chars.getByLabel(c, { exact: true }).check();
  if (h.duration) {
    await s.getByLabel("Duration of symptoms: unit").selectOption(h.duration.unit);
    await s.getByLabel("Duration of symptoms: number").fill(String(h.duration.value));
  }
  if (h.location) await s.getByLabel("Location of pain").fill(h.location);
  if (h.referredPain) await s.getByLabel("Referred pain pattern").fill(h.referredPain);
  if (h.functionalEffect) await s.getByLabel("Effect on function").fill(h.functionalEffect);
  if (h.painScale) await s.getByLabel("Pain scale").selectOption(h.painScale);
  if (h.painScoreBefore !== null && h.painScoreBefore !== undefined) {
    await s.getByLabel("Pain before injection").fill(String(h.painScoreBefore));
  }
  if (h.painScoreAfter !== null && h.painScoreAfter !== undefined) {
    await s.getByLabel("Pain after injection").fill(String(h.painScoreAfter));
  }
  if (h.functionalScale) await s.getByLabel("Functional scale and score").fill(h.functionalScale);
}

/** Adds a muscle by typing its abbreviation, Enter, then the side button the grid offers. */
export async function addMuscle(page: Page, muscleId: string, side: string): Promise<void> {
  const typed = MUSCLE_TYPED[muscleId] ?? muscleId;
  const name = MUSCLE_NAME[muscleId] ?? muscleId;
  const adder = page.getByRole("combobox", { name: "Add muscle" });
  await adder.pressSequentially(typed);
  await expect(adder).toHaveValue(typed);
  // An abbreviation of exactly one muscle is highlighted, so Enter adds it: make sure it is the one meant.
  const first = page.getByRole("listbox", { name: "Add muscle" }).getByRole("option").first();
  await expect(first).toContainText(name);
  await expect(first).toHaveAttribute("aria-selected", "true");
  await adder.press("Enter");
  const label = side === "midline" ? null : `${side === "left" ? "Left" : "Right"} ${name}`;
  if (label) await page.getByRole("button", { name: label, exact: true }).click();
}

export async function fillMuscleRow(page: Page, index: number, row: MuscleInput): Promise<void> {
  const r = muscleRows(page).nth(index);
  await expect(r).toContainText(MUSCLE_NAME[row.muscleId] ?? row.muscleId);
  await r.getByLabel("Trigger points").fill(String(row.triggerPoints));
  const injectates = row.injectates ?? [];
  if (injectates.length === 0) {
    // A row without injectate is incomplete until dry needling is chosen for it (issue 10).
    await r.getByRole("button", { name: "Dry needling, no injectate" }).click();
  }
  for (const [j, inj] of injectates.entries()) {
    // A new row starts with no injectate and offers a choice; nothing is copied into it.
    const groups = r.getByRole("group", { name: /^Injectate \d+ for / });
    if ((await groups.count()) <= j) {
      await (
        j === 0
          ? r.getByRole("button", { name: "Add injectate", exact: true })
          : r.getByRole("button", { name: /^Add another injectate to / })
      ).click();
    }
    const g = groups.nth(j);
    await g.getByLabel("Agent").selectOption(inj.agentId);
    await g.getByLabel("Concentration").fill(String(inj.concentration.value));
    await g.getByLabel("Unit", { exact: true }).selectOption(inj.concentration.unit);
    await g.getByLabel("Volume").fill(String(inj.volumeMl));
  }
}

export async function enterMuscles(page: Page, muscles: Muscles): Promise<void> {
  for (const [i, m] of muscles.entries()) {
    await addMuscle(page, m.muscleId, m.side);
    await expect(muscleRows(page)).toHaveCount(i + 1);
    await fillMuscleRow(page, i, m);
  }
}

export async function enterProcedureDetails(page: Page, note: NoteInput): Promise<void> {
  const p = note.procedure;
  if (!p) return;
  const s = page.getByRole("region", { name: /^Procedure/ });
  if (p.skinPrep) await s.getByLabel("Skin prep").selectOption(p.skinPrep);
  if (p.needleGauge) await s.getByLabel("Needle gauge").selectOption(String(p.needleGauge));
  if (p.technique) await s.getByLabel("Technique", { exact: true }).selectOption(p.technique);
  if (p.guidance) await s.getByLabel("Guidance", { exact: true }).selectOption(p.guidance);
  const response = s.getByRole("group", { name: "Response during injection" });
  if (p.response?.localTwitch) await response.getByLabel("Local twitch response").check();
  if (p.response?.release) await response.getByLabel("Release of the trigger point").check();
  if (p.tolerance) await s.getByLabel("Tolerance").selectOption(p.tolerance);
  if (p.complications) {
    await s.getByLabel("Complications", { exact: true }).selectOption(p.complications);
  }
  const post = s.getByRole("group", { name: "Post-procedure instructions" });
  for (const v of p.postInstructions ?? []) {
    await post.getByLabel(POST_LABEL[v] ?? v, { exact: true }).check();
  }
}

const POST_LABEL: Readonly<Record<string, string>> = {
  stretching: "Stretching",
  ice: "Ice",
  heat: "Heat",
  hydration: "Hydration",
  activity: "Activity as tolerated",
  "return-precautions": "Return precautions",
  "follow-up": "Follow-up visit",
};

const FINDING_LABEL = {
  tautBand: "Taut band",
  tenderNodule: "Tender nodule",
  referredPainReproduced: "Referred pain reproduced",
  localTwitchResponse: "Local twitch response",
  limitedRangeOfMotion: "Limited range of motion",
} as const;

/** Exam findings: one button adds a finding row per injected muscle; then tick what was found. */
export async function enterFindings(page: Page, note: NoteInput): Promise<void> {
  const findings = note.findings ?? [];
  if (findings.length === 0) return;
  const s = section(page, "Exam findings");
  await s
    .getByRole("button", { name: /^Add findings for the \d+ injected muscles? without/ })
    .click();
  for (const f of findings) {
    const title = `${capitalise(f.side)} ${MUSCLE_NAME[f.muscleId] ?? f.muscleId}`;
    const row = s
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: title, exact: true }) });
    for (const [key, label] of Object.entries(FINDING_LABEL)) {
      if (f[key as keyof typeof FINDING_LABEL]) await row.getByLabel(label).check();
    }
  }
}

export async function enterConservativeCare(page: Page, note: NoteInput): Promise<void> {
  const s = section(page, "Conservative care tried");
  for (const [i, c] of (note.conservativeCare ?? []).entries()) {
    await s.getByRole("button", { name: "Add treatment tried" }).click();
    const row = s.getByRole("listitem").nth(i);
    await row.getByLabel("Treatment").selectOption(c.type);
    await row.getByLabel("Detail").fill(c.detail ?? "");
    if (c.duration) {
      await row.getByLabel("How long: unit").selectOption(c.duration.unit);
      await row.getByLabel("How long: number").fill(String(c.duration.value));
    }
    if (c.response) await row.getByLabel("Response").selectOption(c.response);
    if (c.ongoing) await row.getByLabel("Still ongoing").check();
  }
}

/**
 * Diagnoses through the ICD-10-CM picker: type the code, wait for it to be offered, Enter. Returns false
 * (and leaves the box empty) when the picker says its search is not available, so a journey can go on
 * without diagnoses and say so; the first code decides.
 */
export async function enterDiagnoses(page: Page, codes: readonly string[]): Promise<boolean> {
  const input = page.getByRole("combobox", { name: "Diagnoses (ICD-10-CM)" });
  const unavailable = section(page, "Diagnoses").getByRole("status").filter({
    hasText: "Search is not available",
  });
  for (const [i, code] of codes.entries()) {
    await input.fill(code);
    const option = diagnosisOption(page, code);
    await expect(option.first().or(unavailable)).toBeVisible({ timeout: 20_000 });
    if (await unavailable.isVisible()) {
      await input.fill("");
      return false;
    }
    // The code typed in full is highlighted once results arrive (nothing else is); Enter adds it.
    await expect(option.first()).toHaveAttribute("aria-selected", "true");
    await input.press("Enter");
    await expect(selectedDiagnoses(page).getByRole("listitem")).toHaveCount(i + 1);
    await expect(selectedDiagnoses(page).getByRole("listitem").nth(i)).toContainText(code);
  }
  return true;
}

/**
 * The picker's option for exactly this code (its accessible name starts with the code, then the title,
 * with no space between them, so a longer code such as M79.121 must not match M79.12).
 */
export function diagnosisOption(page: Page, code: string): Locator {
  return page.getByRole("option", { name: new RegExp(`^${escapeRegExp(code)}(?![0-9.])`) });
}

export function selectedDiagnoses(page: Page): Locator {
  return page.getByRole("list", { name: "Selected diagnoses, in claim order" });
}

export async function enterConsent(page: Page, note: NoteInput): Promise<void> {
  const c = note.consent;
  if (!c) return;
  const s = section(page, "Consent");
  if (c.risksBenefitsAlternativesDiscussed) {
    await s.getByLabel("Risks, benefits and alternatives discussed").check();
  }
  if (c.obtained) await s.getByLabel("Informed consent obtained").check();
  if (c.form) await s.getByLabel("Consent form").selectOption(c.form);
  if (c.obtainedBy) await s.getByLabel("Consent obtained by").fill(c.obtainedBy);
}

export async function enterSameDayEm(
  page: Page,
  note: NoteInput,
  diagnosesEntered = true,
): Promise<void> {
  const em = note.sameDayEm;
  if (!em) return;
  const s = section(page, "Same-day E/M service");
  await s.getByLabel("A separate E/M service was provided at this visit").check();
  await s.getByLabel("E/M level").selectOption(em.level);
  await s.getByLabel("Separately identifiable problem addressed").fill(em.separateProblem ?? "");
  const dx = s.getByRole("group", { name: /Diagnoses the E\/M addresses/ });
  if (!diagnosesEntered) return;
  for (const code of em.diagnosisCodes ?? []) await dx.getByLabel(code, { exact: true }).check();
}

/**
 * The whole note, in the order a clinician fills it during the visit. Says whether the diagnoses could
 * be entered (the picker needs the API's ICD-10-CM search).
 */
export async function enterNote(
  page: Page,
  note: NoteInput,
  { muscles = (p: Page) => enterMuscles(p, note.procedure?.muscles ?? []) } = {},
): Promise<{ diagnosesEntered: boolean }> {
  await enterEncounter(page, note);
  await enterHistory(page, note);
  await enterConservativeCare(page, note);
  const diagnosesEntered = await enterDiagnoses(page, note.diagnoses ?? []);
  await enterConsent(page, note);
  await muscles(page);
  await enterProcedureDetails(page, note);
  // Findings after the muscles: the findings section offers one row per injected muscle.
  await enterFindings(page, note);
  await enterSameDayEm(page, note, diagnosesEntered);
  return { diagnosesEntered };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
