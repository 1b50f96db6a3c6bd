import { expect, test, type Page } from "@playwright/test";
import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { axeScanner } from "./axe-scan";
import type { Locator } from "@playwright/test";
import { arrowSelect, tabTo, typeOver } from "./keyboard";
import { MUSCLE_TYPED, diagnosisOption, section, selectedDiagnoses } from "./note-entry";
import {
  DEMO_PASSWORD,
  claimLine,
  codePanel,
  escapeRegExp,
  goToPatients,
  muscleRows,
  signIn,
  waitForCodePanel,
} from "./support";

// Issue 4, done-when 2: a whole note can be written with the keyboard alone, and every screen and state
// passes an automated accessibility scan (no serious or critical violation) at desktop and tablet width,
// with no sideways scrolling on the tablet.

const CASE = CASE_2_SHOULDER_GIRDLE;
const NOTE = CASE.note;
const PATIENT = "Fictional, Morgan"; // default payer commercial-bcbsa, as in case study 2

test("case study 2 with the keyboard alone: 20553, not 20552", async ({ page }) => {
  test.setTimeout(180_000);
  // Sign-in by keyboard too.
  await page.goto("/sign-in");
  await tabTo(page, "sign-in-email");
  await page.keyboard.type("physician@demo.tpi");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  // The physician lands on the worklist; the patient list is in the main navigation.
  await expect(page.getByRole("heading", { level: 1, name: "Worklist" })).toBeVisible();
  await tabTo(page, /^a#[^|]*\|Patients$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Patients" })).toBeVisible();

  await tabTo(page, new RegExp(`^a#[^|]*\\|${escapeRegExp(PATIENT)}`));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: PATIENT })).toBeVisible();
  await tabTo(page, /^a#[^|]*\|New TPI note$/);
  await page.keyboard.press("Enter");
  // A patient with earlier notes is offered copy-forward or a blank note: blank, by keyboard. One who
  // already has a note today is warned first: this journey means another one.
  const blank = page.getByRole("button", { name: "Start a blank note" });
  const another = page.getByRole("button", { name: /^Create another note for / });
  const editor = page.getByRole("heading", { level: 1, name: /Trigger point injection/ });
  await expect(editor.or(blank).or(another)).toBeVisible({ timeout: 20_000 });
  if (await another.isVisible()) {
    await tabTo(page, /^button#[^|]*\|Create another note for /);
    await page.keyboard.press("Enter");
    await expect(editor.or(blank)).toBeVisible({ timeout: 20_000 });
  }
  if (await blank.isVisible()) {
    await tabTo(page, /^button#[^|]*\|Start a blank note$/);
    await page.keyboard.press("Enter");
  }
  await expect(
    page.getByRole("heading", { level: 1, name: /Trigger point injection/ }),
  ).toBeVisible();
  await waitForCodePanel(page);

  const type = async (id: string, text: string) => {
    await tabTo(page, id);
    await typeOver(page, text);
  };
  const pick = async (id: string, value: string) => {
    await tabTo(page, id);
    await arrowSelect(page, value);
  };
  const tick = async (id: string) => {
    await tabTo(page, id);
    await page.keyboard.press("Space");
    await expect(page.locator(`#${id}`)).toBeChecked();
  };

  // Encounter.
  await tabTo(page, "f-dateOfService");
  await page.keyboard.type("11202026"); // mm dd yyyy in the en-US date field
  await expect(page.locator("#f-dateOfService")).toHaveValue(NOTE.dateOfService);
  const provider = NOTE.renderingProvider!;
  await type("f-renderingProvider-name", provider.name ?? "");
  await type("f-renderingProvider-npi", provider.npi ?? "");
  await type("f-renderingProvider-credentials", provider.credentials ?? "");

  // History.
  const h = NOTE.history!;
  await tick("f-history-painCharacter"); // aching, the first chip
  await tick("f-history-painCharacter-sharp");
  await pick("f-history-duration-unit", h.duration!.unit);
  await tabTo(page, "f-history-duration", { backwards: true });
  await page.keyboard.type(String(h.duration!.value));
  await type("f-history-location", h.location ?? "");
  await type("f-history-referredPain", h.referredPain ?? "");
  await type("f-history-functionalEffect", h.functionalEffect ?? "");
  await pick("f-history-painScale", h.painScale ?? "NRS-11");
  await type("f-history-painScoreBefore", String(h.painScoreBefore));
  await type("f-history-painScoreAfter", String(h.painScoreAfter));

  // Exam findings: the side defaults to right; type each muscle and press Enter.
  await tabTo(page, "findings-add-side");
  await arrowSelect(page, "right");
  await tabTo(page, "f-findings");
  for (const f of NOTE.findings ?? []) {
    await page.keyboard.type(MUSCLE_TYPED[f.muscleId] ?? f.muscleId);
    await expect(
      page.getByRole("listbox", { name: "Add findings for a muscle" }).getByRole("option").first(),
    ).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
  }
  await expect(section(page, "Exam findings").getByRole("heading", { level: 3 })).toHaveCount(3);
  // The rows appear above the box: Shift+Tab back to the first one, then forward through the boxes.
  await tabTo(page, "f-findings-0-tautBand", { backwards: true });
  for (const [i, f] of (NOTE.findings ?? []).entries()) {
    if (f.tautBand) await tick(`f-findings-${i}-tautBand`);
    if (f.tenderNodule) await tick(`f-findings-${i}-tenderNodule`);
    if (f.referredPainReproduced) await tick(`f-findings-${i}-referredPainReproduced`);
    if (f.localTwitchResponse) await tick(`f-findings-${i}-localTwitchResponse`);
  }

  // Conservative care.
  for (const [i, c] of (NOTE.conservativeCare ?? []).entries()) {
    await tabTo(page, /^button#[^|]*\|Add treatment tried$/);
    await page.keyboard.press("Enter");
    await pick(`f-conservativeCare-${i}-type`, c.type);
    await type(`f-conservativeCare-${i}-detail`, c.detail ?? "");
    await type(`f-conservativeCare-${i}-duration`, String(c.duration!.value));
    await pick(`f-conservativeCare-${i}-duration-unit`, c.duration!.unit);
    if (c.response) await pick(`f-conservativeCare-${i}-response`, c.response);
    if (c.ongoing) await tick(`f-conservativeCare-${i}-ongoing`);
  }

  // Diagnoses: type the code key by key, Enter. The box must keep every character typed while
  // searches are in flight (it once dropped them), and Enter adds the code typed in full (issue 10:
  // nothing else is highlighted, so a code that does not exist is never swapped for a fuzzy match).
  for (const [i, code] of (NOTE.diagnoses ?? []).entries()) {
    await tabTo(page, "f-diagnoses");
    const input = page.locator("#f-diagnoses");
    const option = diagnosisOption(page, code).first();
    await typeOver(page, code);
    await expect(page.locator(".dxp-status").filter({ hasText: /found|No matching/ })).toBeVisible({
      timeout: 20_000,
    });
    await expect(input).toHaveValue(code);
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(selectedDiagnoses(page).getByRole("listitem")).toHaveCount(i + 1);
  }

  // Consent.
  await tick("f-consent-risksBenefitsAlternativesDiscussed");
  await tick("f-consent-obtained");
  await pick("f-consent-form", NOTE.consent!.form!);
  await type("f-consent-obtainedBy", NOTE.consent!.obtainedBy ?? "");

  // Muscles: choose the side once (arrow keys in the radio group), then type each muscle and Enter.
  await tabTo(page, /^input#muscle-adder-side-/);
  while (!(await page.locator("#muscle-adder-side-right").isChecked())) {
    await page.keyboard.press("ArrowRight");
  }
  const muscles = NOTE.procedure!.muscles!;
  for (const [i, m] of muscles.entries()) {
    // After each Enter the keyboard is in the new row's injectate choice (issue 10): back to the box.
    await tabTo(page, "f-procedure-muscles", { backwards: i > 0 });
    await page.keyboard.type(MUSCLE_TYPED[m.muscleId] ?? m.muscleId);
    await expect(
      page.getByRole("listbox", { name: "Add muscle" }).getByRole("option").first(),
    ).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(muscleRows(page)).toHaveCount(i + 1);
    await expect(page.locator(`#f-procedure-muscles-${i}-injectates`)).toBeFocused();
  }
  for (const [i, m] of muscles.entries()) {
    // The first row is above the last one added (where the keyboard is): back to it; later rows follow.
    await tabTo(page, `f-procedure-muscles-${i}-triggerPoints`, { backwards: i === 0 });
    await typeOver(page, String(m.triggerPoints));
    // Each row asks for its injectate; nothing is copied into it. "Add injectate" is the last choice
    // but one in the row's choice group.
    const injectates = muscleRows(page)
      .nth(i)
      .getByRole("group", { name: /^Injectate 1 for / });
    await tabTo(page, /^button#[^|]*\|Add injectate$/);
    await page.keyboard.press("Enter");
    await expect(injectates).toHaveCount(1);
    const volumeId = `f-procedure-muscles-${i}-injectates-0-volumeMl`;
    await type(volumeId, String(m.injectates![0]!.volumeMl));
    await expect(page.locator(`#${volumeId}`)).toHaveValue(String(m.injectates![0]!.volumeMl));
  }

  // Technique and aftercare.
  const p = NOTE.procedure!;
  await pick("f-procedure-skinPrep", p.skinPrep!);
  await pick("f-procedure-needleGauge", String(p.needleGauge));
  await pick("f-procedure-technique", p.technique!);
  await tick("f-procedure-response-localTwitch");
  await tick("f-procedure-response-release");
  await pick("f-procedure-tolerance", p.tolerance!);
  await pick("f-procedure-complications", p.complications!);
  await tick("f-procedure-postInstructions"); // stretching, the first chip
  await tick("f-procedure-postInstructions-ice");

  await expect(claimLine(page, "20553")).toBeVisible();
  await expect(codePanel(page).getByTestId(/^claim-line-20552/)).toHaveCount(0);

  await page.keyboard.press("ControlOrMeta+s");
  await expect(page.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
});

/** A picture of part of the screen for looking at by eye, when SHOTS_DIR is set. */
async function shot(part: Locator, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await part.screenshot({ path: `${dir}/${name}.png` });
}

async function patientIdFromBreadcrumb(page: Page): Promise<string> {
  const href = await page.getByRole("link", { name: PATIENT, exact: true }).getAttribute("href");
  const id = href?.split("/").pop();
  if (!id) throw new Error("no patient link in the editor's breadcrumb");
  return decodeURIComponent(id);
}

test("axe finds nothing serious or critical on any screen, at 1280 and 768 px; no sideways scroll on the tablet", async ({
  page,
}) => {
  // More screens since issue 8 (the worklist, the same-date warning), on a shared 2-core machine.
  test.setTimeout(600_000);
  const axe = axeScanner(page);
  // Each state is scanned at both widths without reloading (the code sets load once).
  const scan = (state: string, check?: (width: number) => Promise<void>) => axe.scan(state, check);

  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await scan("sign-in");

  await signIn(page);
  await scan("worklist");
  await goToPatients(page);
  await scan("patients");

  await page.getByRole("link", { name: new RegExp(escapeRegExp(PATIENT)) }).click();
  await expect(page.getByRole("heading", { level: 1, name: PATIENT })).toBeVisible();
  await scan("patient");

  await page.getByRole("link", { name: "New TPI note" }).click();
  const blank = page.getByRole("button", { name: "Start a blank note" });
  const another = page.getByRole("button", { name: /^Create another note for / });
  const editor = page.getByRole("heading", { level: 1, name: "Trigger point injection note" });
  await expect(editor.or(blank).or(another)).toBeVisible({ timeout: 20_000 });
  if (await another.isVisible()) {
    await scan("new note: a note already exists today");
    await another.click();
    await expect(editor.or(blank)).toBeVisible({ timeout: 20_000 });
  }
  if (await blank.isVisible()) {
    await scan("new note: copy forward or blank");
    await blank.click();
  }
  await waitForCodePanel(page);
  await scan("empty note");

  // The filled note: entering it through the UI is the case-studies spec's job; here the fixture is
  // stored through the API and opened from the patient's note list (no reload: the code sets stay).
  const patientId = await patientIdFromBreadcrumb(page);
  const created = await page.request.post("/api/notes", {
    data: { patientId, note: NOTE, confirmSameDateOfService: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  await page.getByRole("link", { name: PATIENT, exact: true }).click();
  const { id } = (await created.json()) as { id: string };
  await page.locator(`a[href="/notes/${encodeURIComponent(id)}"]`).click();
  // Opened at tablet width, the panel starts as its one-line summary.
  await expect(page.getByTestId("code-panel-summary")).toContainText("20553");
  await scan("filled note", async (width) => {
    if (width !== 768) return;
    // Usable on a tablet: the form's controls and the panel's summary are on screen and within the width.
    const box = await page.getByRole("combobox", { name: "Add muscle" }).boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 768, "muscle box within 768 px").toBe(true);
    const summary = page.getByTestId("code-panel-summary");
    await summary.scrollIntoViewIfNeeded();
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText("20553");
  });

  // The panel's details with its findings (and a claim line's "why" opened).
  const summary = page.getByTestId("code-panel-summary");
  if ((await summary.getAttribute("aria-expanded")) === "false") await summary.click();
  await claimLine(page, "20553").getByText("Why 20553").click();
  await expect(codePanel(page).locator(".cp-findings").getByRole("listitem").first()).toBeVisible();
  await scan("code panel with findings", async (width) => {
    if (width !== 768) return;
    await expect(claimLine(page, "20553")).toBeVisible();
  });

  // A save refused by validation shows the error summary and marks the fields.
  const firstRow = muscleRows(page).first();
  await firstRow.getByLabel("Trigger points").fill("0");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText(/fields? needs? attention before saving/)).toBeVisible();
  await expect(firstRow.getByLabel("Trigger points")).toHaveAttribute("aria-invalid", "true");
  await scan("note with validation errors");
  await shot(firstRow, "form-field-error");

  // Issue 10: a new muscle row asks for its injectate (the incomplete mark and the three choices).
  await firstRow.getByLabel("Trigger points").fill("2");
  await page.getByRole("radio", { name: "Right" }).check();
  const adder = page.getByRole("combobox", { name: "Add muscle" });
  await adder.fill("SCM");
  await adder.press("Enter");
  const added = muscleRows(page).last();
  await expect(added.getByText("Incomplete")).toBeVisible();
  await expect(added.getByRole("button", { name: "Dry needling, no injectate" })).toBeVisible();
  await scan("new muscle row asking for its injectate");

  // Leaving while the server cannot be reached: the leave dialog (save and leave, leave without
  // saving, stay), focus on Stay.
  await page.route("**/api/notes/*", (route) =>
    route.request().method() === "PUT" ? route.abort() : route.continue(),
  );
  await added.getByRole("button", { name: "Dry needling, no injectate" }).click();
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Patients" })
    .click();
  const leave = page.getByRole("dialog", {
    name: "Your latest changes have not reached the server",
  });
  await expect(leave).toBeVisible({ timeout: 30_000 });
  await expect(leave.getByRole("button", { name: "Stay" })).toBeFocused();
  await expect(leave.getByRole("button", { name: "Save and leave" })).toBeVisible();
  await expect(leave.getByRole("button", { name: "Leave without saving" })).toBeVisible();
  await scan("leave dialog open");
  await shot(leave, "form-leave-dialog");
  await leave.getByRole("button", { name: "Stay" }).click();
  await expect(leave).toBeHidden();
  await page.unroute("**/api/notes/*");

  axe.expectClean();
});
