import { expect, type Browser, type Page } from "@playwright/test";
import type { NoteInput } from "@tpi/schemas";
import { signIn } from "./support";

/** Helpers for the note's life journeys (issue 8): people in their own sessions, notes via the API. */

/** Each person in a browser context of their own (their own session cookie). */
export async function personSignedIn(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The date `days` before today, in the browser's and this machine's local time (YYYY-MM-DD). */
export function localDate(daysAgo = 0): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The demo patient's id by MRN, read through the API with the page's session. */
export async function patientIdByMrn(page: Page, mrn: string): Promise<string> {
  const response = await page.request.get("/api/patients");
  expect(response.status()).toBe(200);
  const patients = (await response.json()) as { id: string; mrn: string }[];
  const found = patients.find((p) => p.mrn === mrn);
  if (!found) throw new Error(`no demo patient ${mrn}`);
  return found.id;
}

/** Creates a draft through the API (as the page's user), even when one exists on that date. */
export async function createDraft(page: Page, patientId: string, note: NoteInput): Promise<string> {
  const created = await page.request.post("/api/notes", {
    data: { patientId, note, confirmSameDateOfService: true },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

export const ATTESTATION =
  "I personally performed the procedure documented in this note, and the note is accurate and complete.";

/** Creates and signs a note through the API (as the page's physician): an earlier visit on record. */
export async function createSigned(
  page: Page,
  patientId: string,
  note: NoteInput,
): Promise<string> {
  const id = await createDraft(page, patientId, note);
  const signed = await page.request.post(`/api/notes/${id}/sign`, {
    data: { version: 1, attestation: ATTESTATION },
  });
  expect(signed.status(), await signed.text()).toBe(200);
  return id;
}

/** The editor's "Sign…" → attestation → "Sign note". */
export async function signThroughDialog(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign…" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign this note" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("I confirm this statement").check();
  await dialog.getByRole("button", { name: "Sign note" }).click();
  await expect(dialog).toBeHidden();
}

/** The read-only view of a signed note. */
export async function expectSignedView(page: Page, signer: RegExp): Promise<void> {
  await expect(page.locator(".read-only-reason")).toContainText(signer);
  await expect(page.getByRole("form", { name: "Trigger point injection note" })).toHaveCount(0);
}

/** Saves a screenshot when SHOTS_DIR is set (for looking at new screens by eye). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}
