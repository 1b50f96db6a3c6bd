import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import { extractText, getDocumentProxy } from "unpdf";
import { enterNote } from "./note-entry";
import { signThroughDialog } from "./note-life";
import { openNewNote, signIn, waitForCodePanel } from "./support";

// Issue 9: the finished note leaves the app. Case study 2 is entered through the editor; its draft
// PDF carries the draft mark. It is then signed through the attestation dialog and given an addendum,
// its print view is printed to PDF by Chromium and the server's PDF is downloaded: both read back as
// text carry the same clinical content, signature and addendum, and the plain-text export matches the
// print view line for line.

const PATIENT = "Fictional, Morgan";
const MUSCLES = [
  { name: "Infraspinatus", volume: "2 mL" },
  { name: "Teres minor", volume: "1 mL" },
  { name: "Rhomboid major", volume: "2 mL" },
];

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), {
    mergePages: true,
  });
  return text.replace(/\s+/g, " ");
}

const ADDENDUM = {
  reason: "Late entry",
  text: "Ice pack applied for 10 minutes after the injections.",
};

/** What any PDF of case study 2 must say, read back as text: signed (with its addendum) or a draft. */
function expectCaseStudy2(text: string, diagnosesEntered: boolean, signed: boolean) {
  expect(text).toContain(PATIENT);
  expect(text).toMatch(/Record number \(MRN\): DEMO-\d{4}/);
  for (const m of MUSCLES) {
    expect(text).toMatch(new RegExp(`${m.name} Right \\d Lidocaine 1 % ${m.volume} \\d+ mg`));
  }
  expect(text).toContain("20553");
  if (diagnosesEntered) {
    expect(text).toContain("M79.18 Myalgia, other site");
    expect(text).toContain("M25.511 Pain in right shoulder");
  }
  expect(text).toContain("Rendering provider: Dr. Avery Demo, MD, NPI 1234567893");
  expect(text).toMatch(/Page 1 of \d/);
  if (signed) {
    expect(text).not.toContain("DRAFT - not signed");
    expect(text).toMatch(/Signed by: Dr\. Demo Physician/);
    expect(text).toMatch(/Signed at: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(text).toContain("Addendum 1");
    expect(text).toContain(`Reason: ${ADDENDUM.reason}`);
    expect(text).toContain(ADDENDUM.text);
  } else {
    expect(text).toContain("DRAFT - not signed");
  }
}

const noteId = (url: string) => new URL(url).pathname.split("/").pop() ?? "";

/** Keeps a PDF when SHOTS_DIR is set, to look at as an image (pdftoppm) after the run. */
function keepPdf(name: string, bytes: Uint8Array): void {
  const dir = process.env.SHOTS_DIR;
  if (dir) writeFileSync(join(dir, name), bytes);
}

/** Lines of text with runs of white space (a table cell's tab, padding) as one space; no blank lines. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");

test.describe.configure({ mode: "serial" });

test.describe("the finished note leaves the app", () => {
  let page: Page;
  let noteUrl = "";
  let diagnosesEntered = false;

  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    page = await context.newPage();
    await signIn(page);
  });
  test.afterAll(async () => {
    await page.context().close();
  });

  test("case study 2 entered and saved", async () => {
    test.setTimeout(120_000);
    noteUrl = await openNewNote(page, PATIENT);
    await waitForCodePanel(page);
    ({ diagnosesEntered } = await enterNote(page, CASE_2_SHOULDER_GIRDLE.note));
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
  });

  test("the unsigned draft's PDF carries the draft mark", async ({
    browserName: _browser,
  }, testInfo) => {
    const draft = await page.request.get(`/api/notes/${noteId(noteUrl)}/pdf`);
    expect(draft.status()).toBe(200);
    const body = await draft.body();
    await testInfo.attach("draft.pdf", { body, contentType: "application/pdf" });
    keepPdf("exports-draft.pdf", body);
    expectCaseStudy2(await pdfText(body), diagnosesEntered, false);
  });

  test("signed through the attestation dialog, then an addendum is added", async () => {
    await page.goto(noteUrl);
    await signThroughDialog(page);
    await expect(page.getByRole("form", { name: "Trigger point injection note" })).toHaveCount(0);
    await page.getByLabel("Reason for the addendum").fill(ADDENDUM.reason);
    await page.getByLabel("Addendum", { exact: true }).fill(ADDENDUM.text);
    await page.getByRole("button", { name: "Add addendum" }).click();
    const addenda = page.getByRole("list", { name: "Addenda, in the order written" });
    await expect(addenda.getByRole("listitem")).toHaveCount(1);
  });

  test("print view printed by Chromium and the server's PDF carry the same signed note and addendum", async ({
    browserName: _browser,
  }, testInfo) => {
    await page.goto(noteUrl);
    await page
      .getByRole("navigation", { name: "Export the note" })
      .getByRole("link", { name: "Print view" })
      .click();
    const doc = page.getByTestId("note-document");
    await expect(doc.getByRole("heading", { level: 1 })).toHaveText(
      "Trigger point injection procedure note",
    );
    // Nothing of the editor on the printed page.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByRole("form", { name: "Trigger point injection note" })).toHaveCount(0);
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });
    await testInfo.attach("print-view.pdf", { body: printed, contentType: "application/pdf" });
    keepPdf("exports-print-view.pdf", printed);
    expectCaseStudy2(await pdfText(printed), diagnosesEntered, true);

    const server = await page.request.get(`/api/notes/${noteId(noteUrl)}/pdf`);
    expect(server.status()).toBe(200);
    const serverPdf = await server.body();
    await testInfo.attach("server.pdf", { body: serverPdf, contentType: "application/pdf" });
    keepPdf("exports-server.pdf", serverPdf);
    expectCaseStudy2(await pdfText(serverPdf), diagnosesEntered, true);
  });

  test("the text export matches the print view line for line, and Copy note puts it on the clipboard", async () => {
    const id = new URL(noteUrl).pathname.split("/").pop() ?? "";
    const doc = page.getByTestId("note-document");
    const printView = lines(await doc.innerText());
    const text = await (await page.request.get(`/api/notes/${id}/text?width=0`)).text();
    expect(printView).toEqual(lines(text));

    await page.getByRole("button", { name: "Copy note" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Note copied as plain text" }),
    ).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const wrapped = await (await page.request.get(`/api/notes/${id}/text`)).text();
    expect(copied).toBe(wrapped);
    expect(Math.max(...copied.split("\n").map((l) => l.length))).toBeLessThanOrEqual(78);
  });
});
