import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { ApiProcess } from "./api-process";
import { field, openNewNote, saveState, signIn } from "./support";

// Issue 8, done-when 3: the note saves itself, keeps what the server has not acknowledged, comes back
// after a reload, survives the API going away, and merges two people's changes to one draft.

const CASEY = "Synthetic, Casey";
const SAVED = /^Saved \d/;

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: false });
}

/** The browser's kept copies of unsaved changes (autosave's localStorage entries). */
function keptDraftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("tpi-note.unsaved.")),
  );
}

/** Someone in a browser context of their own (their own cookies and localStorage). */
async function signedIn(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("type, wait, reload: nothing is lost, and nothing was pressed to save it", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await signIn(page);
  await openNewNote(page);
  await field(page, "history.location").fill("right upper trapezius, into the neck");
  await field(page, "vitals.heartRatePerMin").fill("72");
  // Saved about 1.5 s after the last change, on its own.
  await expect(saveState(page)).toHaveText(SAVED);
  await shot(page, info, "saved");
  await page.reload();
  await expect(field(page, "history.location")).toHaveValue("right upper trapezius, into the neck");
  await expect(field(page, "vitals.heartRatePerMin")).toHaveValue("72");
  await expect(saveState(page)).toHaveText(SAVED);
});

test("a reload before the save: the changes kept in the browser come back, are said to, and are saved", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await signIn(page);
  const url = await openNewNote(page);
  const location = field(page, "history.location");
  await location.fill("left levator scapulae");
  await expect(saveState(page)).toHaveText("Unsaved changes");
  // Reloaded well before the 1.5 s pause is over (the field keeps focus, so no save on leaving it).
  await page.reload();
  await expect(page.getByText(/^Restored unsaved changes from/)).toBeVisible();
  await shot(page, info, "restored");
  await expect(location).toHaveValue("left levator scapulae");
  await expect(saveState(page)).toHaveText(SAVED);
  // The server has them: read it the way the app does.
  const noteId = new URL(url).pathname.split("/").pop()!;
  const stored = (await (await page.request.get(`/api/notes/${noteId}`)).json()) as {
    note: { history: { location: string } };
  };
  expect(stored.note.history.location).toBe("left levator scapulae");
  // Acknowledged, so no longer kept: a second reload restores nothing.
  await page.reload();
  await expect(location).toHaveValue("left levator scapulae");
  await expect(page.getByText(/^Restored unsaved changes from/)).toHaveCount(0);
});

test.describe("the API goes away mid-typing", () => {
  let api: ApiProcess;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    api = await ApiProcess.onFreePort();
    await api.start();
  });
  test.afterAll(async () => {
    await api.dispose();
  });

  test("Offline shows, typing goes on, and after a restart the changes reach the server with no user action", async ({
    browser,
  }, info) => {
    test.setTimeout(180_000);
    const page = await signedIn(browser, api.url, "physician@demo.tpi");
    const url = await openNewNote(page);
    const noteId = new URL(url).pathname.split("/").pop()!;
    const location = field(page, "history.location");
    await location.pressSequentially("right neck");
    await api.stop();
    await location.pressSequentially(" and shoulder, worse at night");
    await expect(saveState(page)).toHaveText("Offline – changes kept, retrying", {
      timeout: 20_000,
    });
    await shot(page, info, "offline");
    // More typing while offline is kept too.
    await field(page, "vitals.heartRatePerMin").fill("80");
    await api.start();
    // No click, no key: the retry finds the server back.
    await expect(saveState(page)).toHaveText(SAVED, { timeout: 30_000 });
    await shot(page, info, "back-online");
    const stored = (await (await page.request.get(`${api.url}/api/notes/${noteId}`)).json()) as {
      note: { history: { location: string }; vitals: { heartRatePerMin: number } };
    };
    expect(stored.note.history.location).toBe("right neck and shoulder, worse at night");
    expect(stored.note.vitals.heartRatePerMin).toBe(80);

    // Offline again, then signing out: asked first, and nothing typed stays in the browser after.
    await api.stop();
    await location.fill("changes that never reach the server");
    await expect(saveState(page)).toHaveText("Offline – changes kept, retrying", {
      timeout: 20_000,
    });
    expect(await keptDraftKeys(page)).toHaveLength(1);
    await page.getByRole("button", { name: "Sign out" }).click();
    const leave = page.getByRole("dialog", {
      name: "Your latest changes have not reached the server",
    });
    await expect(leave).toBeVisible();
    await expect(leave.getByRole("button", { name: "Stay" })).toBeFocused();
    await shot(page, info, "leave-offline");
    await leave.getByRole("button", { name: "Stay" }).click();
    await expect(leave).toBeHidden();
    await expect(location).toHaveValue("changes that never reach the server");
    await page.getByRole("button", { name: "Sign out" }).click();
    await leave.getByRole("button", { name: "Leave without saving" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await keptDraftKeys(page)).toEqual([]);
    await page.context().close();
  });
});

test("two people on one draft: different sections both survive; a clash names the other person and is decided by a choice", async ({
  browser,
  baseURL,
}, info) => {
  // Two browsers, four reloads and two code-set loads on a shared 2-core machine.
  test.setTimeout(300_000);
  const physician = await signedIn(browser, baseURL, "physician@demo.tpi");
  const url = await openNewNote(physician, CASEY);
  const assistant = await signedIn(browser, baseURL, "ma@demo.tpi");
  await assistant.goto(url);
  await expect(field(assistant, "history.location")).toBeVisible();

  // Different sections, both starting from the same version.
  await field(physician, "history.location").fill("right neck");
  await expect(saveState(physician)).toHaveText(SAVED);
  await field(assistant, "vitals.heartRatePerMin").fill("76");
  await expect(
    assistant.getByText(/^Dr\. Demo Physician saved this note while you were editing/),
  ).toBeVisible();
  await expect(saveState(assistant)).toHaveText(SAVED);
  await shot(assistant, info, "merged");
  // The assistant's form took the physician's change; the physician's reload shows both.
  await expect(field(assistant, "history.location")).toHaveValue("right neck");
  await physician.reload();
  await expect(field(physician, "history.location")).toHaveValue("right neck");
  await expect(field(physician, "vitals.heartRatePerMin")).toHaveValue("76");

  // The same section changed on both sides: the assistant saves first.
  await field(assistant, "history.location").fill("left hip");
  await expect(saveState(assistant)).toHaveText(SAVED);
  await field(physician, "history.location").fill("right neck and shoulder");
  const dialog = physician.getByRole("dialog", {
    name: "Demo Medical Assistant changed the same sections",
  });
  await expect(dialog).toBeVisible();
  await expect(saveState(physician)).toHaveText("Not saved: someone else changed this note");
  const history = dialog.getByRole("group", { name: /^History changed by Demo Medical Assistant/ });
  await expect(history).toContainText("left hip");
  await expect(history).toContainText("right neck and shoulder");
  await shot(physician, info, "clash");
  // Nothing is decided for the user.
  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await expect(dialog.getByText("Choose one for History.")).toBeVisible();
  await history.getByLabel("Keep mine").check();
  await dialog.getByRole("button", { name: "Save with these choices" }).click();
  await expect(dialog).toBeHidden();
  await expect(saveState(physician)).toHaveText(SAVED);

  await assistant.reload();
  await expect(field(assistant, "history.location")).toHaveValue("right neck and shoulder");
  await expect(field(assistant, "vitals.heartRatePerMin")).toHaveValue("76");
  await physician.context().close();
  await assistant.context().close();
});
