import { expect, test, type Browser, type Page } from "@playwright/test";
import { section } from "./note-entry";
import { field, openNewNote, signIn } from "./support";

// Issue 4: a medical assistant fills history, vitals and conservative care; the physician opens the
// same note and sees what was pre-filled and by whom, section by section. Issue 8: the sections the
// clinic leaves to the physician (exam findings among them) are read-only for the assistant, with
// the reason shown, rather than refused after typing.
const CASEY = "Synthetic, Casey";
const BADGE = /^Pre-filled by Demo Medical Assistant \(medical assistant\)/;

/** Each person in a browser context of their own (their own session cookie). */
async function signedIn(
  browser: Browser,
  baseURL: string | undefined,
  email: string,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("the physician sees which sections the medical assistant pre-filled", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const ma = await signedIn(browser, baseURL, "ma@demo.tpi");
  const noteUrl = await openNewNote(ma, CASEY);

  await field(ma, "history.location").fill("right neck and upper back");
  await field(ma, "vitals.systolicMmHg").fill("132");
  await field(ma, "vitals.diastolicMmHg").fill("84");
  await field(ma, "vitals.heartRatePerMin").fill("76");
  await field(ma, "vitals.spo2Percent").fill("98");
  const maForm = ma.getByRole("form", { name: "Trigger point injection note" });
  const findings = maForm.getByRole("region", { name: "Exam findings", exact: true });
  await expect(findings).toHaveAccessibleDescription(/Completed by the physician/);
  await expect(
    findings.getByRole("combobox", { name: "Add findings for a muscle" }),
  ).toBeDisabled();
  await expect(
    maForm
      .getByRole("region", { name: "Consent", exact: true })
      .getByLabel("Informed consent obtained"),
  ).toBeDisabled();
  const care = section(ma, "Conservative care tried");
  await care.getByRole("button", { name: "Add treatment tried" }).click();
  await care.getByRole("listitem").first().getByLabel("Treatment").selectOption("physical-therapy");
  await ma.getByRole("button", { name: "Save note" }).click();
  await expect(ma.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
  await ma.context().close();

  const physician = await signedIn(browser, baseURL, "physician@demo.tpi");
  await physician.goto(noteUrl);
  // The form's sections (the narrative preview beside it has regions with the same names).
  const form = physician.getByRole("form", { name: "Trigger point injection note" });
  const formSection = (title: string) => form.getByRole("region", { name: title, exact: true });
  for (const title of ["History", "Vitals", "Conservative care tried"]) {
    await expect(formSection(title), title).toHaveAccessibleDescription(BADGE);
  }
  // Nobody else wrote the exam or the consent: no badge there, and nothing locked for the physician.
  for (const title of ["Exam findings", "Consent"]) {
    await expect(formSection(title), title).not.toHaveAccessibleDescription(BADGE);
    await expect(formSection(title), title).not.toHaveAccessibleDescription(/Completed by/);
  }
  await expect(field(physician, "vitals.systolicMmHg")).toHaveValue("132");
  await expect(field(physician, "vitals.diastolicMmHg")).toHaveValue("84");
  await expect(
    physician.getByText(/^Blood pressure 132\/84 mmHg, heart rate 76\/min/),
  ).toBeVisible();
  await physician.context().close();
});
