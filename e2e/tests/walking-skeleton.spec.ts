import { expect, test } from "@playwright/test";
import {
  AVERY,
  claimLine,
  muscleRows,
  openNewNote,
  signIn,
  trackApiRequests,
  waitForCodePanel,
} from "./support";

// Issue 2: the thinnest slice through every layer. Sign in, open a note, add one muscle, see the code the
// browser computes (without asking the server), save, reload and find the note as saved.
test("sign in, add one muscle, see 20552 computed in the browser, save and reload", async ({
  page,
}) => {
  // Two code-set loads (before and after the reload) on a shared 2-core machine.
  test.setTimeout(120_000);
  await signIn(page);
  const noteUrl = await openNewNote(page, AVERY);

  // The code panel loads the code sets once; wait for it to be ready before measuring anything.
  await waitForCodePanel(page);
  await expect(page.getByTestId("code-panel-summary")).toHaveText(/^No claim lines yet/);
  await expect(claimLine(page, "20552")).toHaveCount(0);

  const requests = trackApiRequests(page);

  const adder = page.getByRole("combobox", { name: "Add muscle" });
  await adder.fill("utr");
  await expect(page.getByRole("option", { name: /Upper trapezius/ })).toBeVisible();
  await adder.press("Enter");
  await page.getByRole("button", { name: "Right Upper trapezius" }).click();

  const row = muscleRows(page).first();
  await expect(row).toContainText("Right Upper trapezius");
  await row.getByLabel("Trigger points").fill("3");
  await row.getByRole("button", { name: "Add injectate", exact: true }).click();
  await row.getByLabel("Volume").fill("3");

  await expect(claimLine(page, "20552")).toBeVisible();
  requests.stop();
  expect(requests.seen, "API requests while the code panel updated").toEqual([]);

  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(noteUrl);
  const savedRow = muscleRows(page).first();
  await expect(savedRow).toContainText("Right Upper trapezius");
  await expect(savedRow.getByLabel("Trigger points")).toHaveValue("3");
  await expect(savedRow.getByLabel("Volume")).toHaveValue("3");
  await waitForCodePanel(page);
  await expect(claimLine(page, "20552")).toBeVisible();

  // The patient's note list shows it with its one muscle.
  await page.getByRole("link", { name: AVERY }).click();
  // Other journeys add notes for the same patient in this run: find this one by its link.
  const noteRow = page
    .getByRole("row")
    .filter({ has: page.locator(`a[href="${new URL(noteUrl).pathname}"]`) });
  await expect(noteRow).toHaveCount(1);
  await expect(noteRow.getByRole("cell").nth(1)).toHaveText("Draft");
  await expect(noteRow.getByRole("cell").nth(2)).toHaveText("1");
  await noteRow.getByRole("link").click();
  await expect(page).toHaveURL(noteUrl);
});
