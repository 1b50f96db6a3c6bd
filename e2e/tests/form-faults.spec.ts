import { expect, test } from "@playwright/test";
import { muscleRows, openNewNote, signIn, waitForCodePanel } from "./support";

// Issue 10: the kinds of fault the form let through, each pinned by a journey in real Chromium.
// The component tests (apps/web/src/features/note-form/kinds/) cover every example; these show the
// same in the built app.

test.describe("kind 5: the app works off localhost, where crypto.randomUUID does not exist", () => {
  test("adding muscles and a tendon row with crypto.randomUUID removed", async ({ page }) => {
    // Served over plain http at a LAN address the page is not a secure context and has no randomUUID.
    await page.addInitScript(() => {
      Reflect.deleteProperty(Object.getPrototypeOf(crypto) as object, "randomUUID");
      Reflect.deleteProperty(crypto, "randomUUID");
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await signIn(page);
    await openNewNote(page);
    await waitForCodePanel(page);
    expect(await page.evaluate(() => typeof (crypto as { randomUUID?: unknown }).randomUUID)).toBe(
      "undefined",
    );

    await page.getByRole("radio", { name: "Both sides" }).check();
    const adder = page.getByRole("combobox", { name: "Add muscle" });
    await adder.fill("QL");
    await adder.press("Enter");
    await expect(muscleRows(page)).toHaveCount(2);
    await page.getByRole("button", { name: "Add tendon or ligament injection" }).click();
    await expect(page.getByLabel("Structure type")).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});
