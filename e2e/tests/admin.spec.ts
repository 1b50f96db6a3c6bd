import { expect, test, type Page } from "@playwright/test";
import { ApiProcess } from "./api-process";
import { axeScanner } from "./axe-scan";
import { DEMO, DEMO_PASSWORD, signIn } from "./support";

// Issue 8, the admin: accounts, the audit trail and the clinic's payer profiles, in the app; the
// admin has no chart screens; and the idle sign-out's warning, on a server of its own with a short
// SESSION_IDLE_MINUTES.

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the admin adds a user, deactivates them, and finds both in the audit trail", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const axe = axeScanner(page);
  const email = `jamie.${Date.now()}@clinic.test`;
  const password = "maple river lantern";

  await signIn(page, DEMO.admin);
  await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await axe.scan("admin home");

  // The admin has no chart screens: no Patients link, and the address says so instead of failing.
  await expect(nav(page).getByRole("link", { name: "Patients" })).toHaveCount(0);
  await page.goto("/patients");
  await expect(
    page.getByRole("heading", { level: 1, name: "Not available to your role" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "Back to administration" }).click();
  await nav(page).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  const form = page.getByRole("form", { name: "Add a user" });
  await form.getByLabel("Full name").fill("Jamie Rivera");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("physician");
  // A guessable password is refused at its field, and the field says why.
  await form.getByLabel("First password").fill("password12345");
  await form.getByRole("button", { name: "Add user" }).click();
  const passwordField = form.getByLabel("First password");
  await expect(passwordField).toHaveAttribute("aria-invalid", "true");
  await expect(passwordField).toHaveAccessibleDescription(/too easy to guess/);
  await expect(passwordField).toBeFocused();
  await axe.scan("users, a refused password");
  await passwordField.fill(password);
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Account created for Jamie Rivera" }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Physician");
  await expect(row).toContainText("Active");

  // Jamie signs in elsewhere and lands on the physician's worklist.
  const jamieContext = await browser.newContext({ baseURL });
  const jamie = await jamieContext.newPage();
  await signInAs(jamie, email, password);
  await expect(jamie.getByRole("heading", { level: 1, name: "Worklist" })).toBeVisible();

  // Deactivated: asked first, then signed out there at once, and sign-in refused with the reason.
  await row.getByRole("button", { name: "Deactivate Jamie Rivera" }).click();
  const confirm = page.getByRole("dialog", { name: "Deactivate Jamie Rivera?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "deactivated and signed out everywhere" }),
  ).toBeVisible();
  await expect(row).toContainText("Deactivated");
  await jamie.reload();
  await expect(jamie).toHaveURL(/\/sign-in/);
  await signInAs(jamie, email, password);
  await expect(jamie.getByRole("alert")).toContainText("deactivated");
  await jamieContext.close();

  // The audit trail, filtered to Jamie: the sign-in that worked and the one refused after deactivation.
  await nav(page).getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter the audit trail" });
  await filters.getByLabel("User").selectOption({ label: `Jamie Rivera (${email})` });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/user=/);
  const entries = page.locator("table.audit-table tbody tr");
  await expect(entries.first()).toBeVisible();
  await expect(page.locator("table.audit-table")).toContainText("POST /api/session");
  await filters.getByLabel("Outcome").selectOption("refused");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/outcome=refused/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("POST /api/session");
  await expect(entries.first()).toContainText("Refused 403");
  await axe.scan("audit trail, filtered");

  // The admin's own account changes, by action and date (today, in the admin's time zone).
  await filters.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/user=/);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  await filters.getByLabel("Action contains").fill("PATCH /api/admin");
  await filters.getByLabel("From (day)").fill(today);
  await filters.getByLabel("To (day, included)").fill(today);
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Demo Admin");
  await expect(entries.first()).toContainText("active: false");

  // Clicking who did it filters by them.
  await entries
    .first()
    .getByRole("button", { name: /Show only entries by Demo Admin/ })
    .click();
  await expect(filters.getByLabel("User")).toHaveValue(/.+/);

  axe.expectClean();
});

test("a payer profile's JSON errors are shown at their lines; the saved profile reaches the note form", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.admin);
  await nav(page).getByRole("link", { name: "Payer profiles" }).click();
  await page.getByRole("button", { name: "New profile from the example" }).click();
  const json = page.getByLabel("Profile JSON");
  const example = await json.inputValue();
  const id = `clinic-e2e-${Date.now()}`;
  const text = example
    .replace('"acme-health-ppo"', `"${id}"`)
    .replace('"Acme Health PPO"', '"E2E Clinic PPO"')
    .replace('"maxSessions": 4', '"maxSessions": 0');
  await json.fill(text);
  await page.getByRole("button", { name: "Create profile" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "in the JSON" });
  await expect(problems).toContainText("frequency.maxSessions");
  const line = text.split("\n").findIndex((l) => l.includes('"maxSessions"')) + 1;
  await problems.getByRole("button", { name: `Line ${line}` }).click();
  await expect(json).toBeFocused();
  expect(
    await json.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    ),
  ).toContain('"maxSessions": 0');
  await json.fill(text.replace('"maxSessions": 0', '"maxSessions": 3'));
  await page.getByRole("button", { name: "Create profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "as version 1" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: id })).toBeVisible();

  // A physician's note form offers it, because GET /api/payer-profiles now lists it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, DEMO.physician);
  const profiles = await page.request.get("/api/payer-profiles");
  expect(((await profiles.json()) as { id: string }[]).map((p) => p.id)).toContain(id);
});

test("the idle sign-out: a warning a minute before, 'Stay signed in' keeps the session, no answer signs out", async ({
  browser,
}) => {
  // Two minutes idle, the shortest allowed: the warning comes after one minute without a request.
  test.setTimeout(300_000);
  const api = await ApiProcess.onFreePort({ SESSION_IDLE_MINUTES: "2" });
  try {
    await api.start();
    const context = await browser.newContext({ baseURL: api.url });
    const page = await context.newPage();
    await signInAs(page, DEMO.coder, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const warning = page.getByRole("alertdialog", { name: "Are you still there?" });
    await expect(warning).toBeVisible({ timeout: 75_000 });
    await expect(warning.getByRole("button", { name: "Stay signed in" })).toBeFocused();
    await warning.getByRole("button", { name: "Stay signed in" }).click();
    await expect(warning).toBeHidden();
    const info = (await (await page.request.get("/api/session")).json()) as { expiresAt: string };
    expect(Date.parse(info.expiresAt) - Date.now()).toBeGreaterThan(100_000);

    // Left alone this time: the warning, then the sign-in page saying why.
    await expect(warning).toBeVisible({ timeout: 75_000 });
    await expect(page).toHaveURL(/\/sign-in\?reason=idle/, { timeout: 75_000 });
    await expect(page.getByRole("status")).toContainText(
      "signed out after 2 minutes without activity",
    );
    expect((await page.request.get("/api/session/me")).status()).toBe(401);
    await context.close();
  } finally {
    await api.dispose();
  }
});
