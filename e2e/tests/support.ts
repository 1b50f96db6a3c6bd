import { expect, type Locator, type Page, type Request } from "@playwright/test";

export const DEMO_PASSWORD = "demo-tpi-2026";

/** The demo patient every journey uses unless it needs another payer. */
export const AVERY = "Testpatient, Avery";

/** Demo accounts by role (apps/api/src/db/demo-data.ts). */
export const DEMO = {
  physician: "physician@demo.tpi",
  assistant: "ma@demo.tpi",
  coder: "coder@demo.tpi",
  admin: "admin@demo.tpi",
} as const;

/** Signs in through the sign-in screen as a person would; each role lands on its worklist. */
export async function signIn(page: Page, email: string = DEMO.physician): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** The main navigation's link to the patient list. */
export async function goToPatients(page: Page): Promise<void> {
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Patients" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Patients" })).toBeVisible();
}

/** From the patient list: open the patient, press "New TPI note", wait for the editor. Returns its URL. */
export async function openNewNote(page: Page, patient = AVERY): Promise<string> {
  await goToPatients(page);
  await page.getByRole("link", { name: new RegExp(escapeRegExp(patient)) }).click();
  await expect(page.getByRole("heading", { level: 1, name: patient })).toBeVisible();
  await page.getByRole("link", { name: "New TPI note" }).click();
  await startBlankIfAsked(page);
  await expect(page).toHaveURL(/\/notes\/(?!new)[^/?]+$/);
  return page.url();
}

/**
 * A patient with earlier notes is asked whether to copy the latest forward or start blank: these
 * journeys document a new session, so they start blank. A patient who already has a note today is
 * warned first; these journeys mean a new one. Waits for the editor either way.
 */
export async function startBlankIfAsked(page: Page): Promise<void> {
  const editor = page.getByRole("heading", { level: 1, name: "Trigger point injection note" });
  const blank = page.getByRole("button", { name: "Start a blank note" });
  const another = page.getByRole("button", { name: /^Create another note for / });
  await expect(editor.or(blank).or(another)).toBeVisible({ timeout: 20_000 });
  if (await another.isVisible()) {
    await another.click();
    await expect(editor.or(blank)).toBeVisible({ timeout: 20_000 });
  }
  if (await blank.isVisible()) await blank.click();
  await expect(editor).toBeVisible();
}

/** The live code panel (its own lazy chunk; present once the code sets are loaded). */
export function codePanel(page: Page): Locator {
  return page.getByTestId("code-panel");
}

/**
 * Waits until the panel has its code sets and shows a result (its summary bar). The first load of a
 * session downloads and parses the code sets, which takes seconds on a busy 2-core machine.
 */
export async function waitForCodePanel(page: Page): Promise<void> {
  await expect(page.getByTestId("code-panel-summary")).toBeVisible({ timeout: 60_000 });
}

export function claimLine(page: Page, code: string): Locator {
  return codePanel(page).getByTestId(`claim-line-${code}`);
}

/** The form control for a note field path, by the id the form derives from the path. */
export function field(page: Page, path: string): Locator {
  return page.locator(`#${fieldDomId(path)}`);
}

/** Mirrors apps/web/src/shared/field-id.ts (the e2e package does not import app code). */
export function fieldDomId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

/** The muscle rows of the procedure grid, in order. */
export function muscleRows(page: Page): Locator {
  return page.getByRole("list", { name: "Muscles injected" }).getByRole("listitem");
}

/**
 * Records API requests other than the ones the brief allows during live coding (the once-per-session
 * code-set files and the ICD-10-CM search), so a test can prove the panel is computed in the browser.
 * Autosave's traffic (the note's PUT, and the section authors it refreshes) is saving, not coding: its
 * answer never reaches the panel.
 */
export function trackApiRequests(page: Page): { readonly seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith("/api/")) return;
    if (url.pathname.startsWith("/api/code-sets/")) return;
    if (url.pathname.startsWith("/api/icd10cm/")) return;
    const autosaving =
      (request.method() === "PUT" && /^\/api\/notes\/[^/]+$/.test(url.pathname)) ||
      (request.method() === "GET" && /^\/api\/notes\/[^/]+\/provenance$/.test(url.pathname));
    if (autosaving) return;
    seen.push(`${request.method()} ${url.pathname}`);
  };
  page.on("request", onRequest);
  return { seen, stop: () => page.off("request", onRequest) };
}

/** The editor's save indicator (a status), e.g. "Saved 10:42", "Saving…", "Offline – …". */
export function saveState(page: Page): Locator {
  return page
    .getByRole("status")
    .filter({ hasText: /^(Saved \S|Saving…|Unsaved changes|Offline – |Not saved)/ });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
