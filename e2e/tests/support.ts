import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-tpi-2026";

/** Signs in through the sign-in screen as a person would. */
export async function signIn(page: Page, email = "physician@demo.tpi"): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByRole("heading", { name: /patients/i })).toBeVisible();
}
