import { expect, test, type Page } from "@playwright/test";
import { CASE_1_SIMPLE_NECK, CASE_2_SHOULDER_GIRDLE } from "@tpi/fixtures";
import type { NoteInput } from "@tpi/schemas";
import { axeScanner } from "./axe-scan";
import {
  enterConservativeCare,
  enterDiagnoses,
  enterFindings,
  enterHistory,
  enterMuscles,
  enterProcedureDetails,
} from "./note-entry";
import {
  createDraft,
  createSigned,
  expectSignedView,
  localDate,
  patientIdByMrn,
  personSignedIn,
  shot,
  signThroughDialog,
} from "./note-life";
import { DEMO, claimLine, codePanel, field, openNewNote, waitForCodePanel } from "./support";

// Issue 8, done-when 2 and 4: the note's legal life in the browser, each person in their own session.
// The assistant pre-fills and hands over; the physician completes it from the worklist, is refused
// signing with the blocking items linked to their fields, fixes them and signs; the note is read
// only; an addendum appears; the coder finds it, reads the stored claim lines, queries, and marks it
// coded with no edit control anywhere (and the API refuses a direct PUT). Then: signed visits on
// record become prior sessions the engine counts, up to the Medicare LCD's limit.

const RILEY = "Example, Riley"; // commercial-bcbsa; no other journey writes notes for Riley
const CASE2 = CASE_2_SHOULDER_GIRDLE.note;
const PROVIDER = CASE2.renderingProvider!;

/** The note form, not the narrative beside it (which has regions with the same names). */
const noteForm = (page: Page) => page.getByRole("form", { name: "Trigger point injection note" });
const formSection = (page: Page, title: string) =>
  noteForm(page).getByRole("region", { name: title, exact: true });

test("assistant hands over, physician signs after fixing what blocks it, coder queries and codes", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const axe = axeScanner;
  const today = localDate();
  const note: NoteInput = { ...CASE2, dateOfService: today };

  // The medical assistant pre-fills the sections the clinic leaves to assistants.
  const ma = await personSignedIn(browser, baseURL, DEMO.assistant);
  await expect(ma.getByRole("heading", { level: 1, name: "Worklist" })).toBeVisible();
  const noteUrl = await openNewNote(ma, RILEY);
  const noteId = new URL(noteUrl).pathname.split("/").pop()!;
  await enterHistory(ma, note);
  await enterConservativeCare(ma, note);
  await field(ma, "vitals.systolicMmHg").fill("128");
  await field(ma, "vitals.diastolicMmHg").fill("82");
  // The physician's sections are read-only for the assistant, with the reason; nothing to sign.
  await expect(formSection(ma, "Exam findings")).toHaveAccessibleDescription(
    /Completed by the physician/,
  );
  await expect(formSection(ma, "Consent").getByLabel("Informed consent obtained")).toBeDisabled();
  await expect(ma.getByRole("button", { name: "Sign…" })).toHaveCount(0);
  await expect(ma.getByText("A physician signs this note.")).toBeVisible();
  const maAxe = axe(ma);
  await maAxe.scan("editor as the medical assistant");
  await shot(ma, "01-assistant-editor");

  await ma.getByRole("button", { name: "Hand over to physician…" }).click();
  const handOver = ma.getByRole("dialog", { name: "Hand over to a physician" });
  await expect(handOver).toBeVisible();
  const physicianPicker = handOver.getByLabel("Physician");
  if ((await physicianPicker.count()) > 0) {
    await physicianPicker.selectOption({ label: "Dr. Demo Physician" });
  }
  await maAxe.scan("hand-over dialog");
  await shot(ma, "02-hand-over-dialog");
  await handOver.getByRole("button", { name: "Hand over" }).click();
  await expect(handOver).toBeHidden();
  await expect(ma.getByText(/^Ready for physician · v\d+$/)).toBeVisible();
  maAxe.expectClean();
  await ma.context().close();

  // The physician finds it on the worklist, handed over to them.
  const doc = await personSignedIn(browser, baseURL, DEMO.physician);
  const docAxe = axe(doc);
  const handedOver = doc.getByRole("region", { name: "Handed over for you to complete and sign" });
  const row = handedOver.locator(`tr[data-note-id="${noteId}"]`);
  await expect(row).toContainText(RILEY);
  await expect(row).toContainText("Ready for physician");
  await docAxe.scan("physician's worklist");
  await shot(doc, "03-physician-worklist");
  await row.getByRole("link", { name: RILEY }).click();
  await expect(doc).toHaveURL(noteUrl);
  await expect(formSection(doc, "History")).toHaveAccessibleDescription(
    /^Pre-filled by Demo Medical Assistant/,
  );

  // Completes it, leaving out the consent.
  const s = formSection(doc, "Patient and encounter");
  await s.getByLabel("Rendering provider", { exact: true }).fill(PROVIDER.name ?? "");
  await s.getByLabel("Provider NPI").fill(PROVIDER.npi ?? "");
  await s.getByLabel("Credentials").fill(PROVIDER.credentials ?? "");
  expect(await enterDiagnoses(doc, note.diagnoses ?? []), "ICD-10-CM search available").toBe(true);
  await enterMuscles(doc, note.procedure?.muscles ?? []);
  await enterProcedureDetails(doc, note);
  await enterFindings(doc, note);
  await waitForCodePanel(doc);
  await expect(claimLine(doc, "20553")).toBeVisible();

  // Signing is refused: the blocking items, each a link to its field.
  await doc.getByRole("button", { name: "Sign…" }).click();
  const signDialog = doc.getByRole("dialog", { name: "Sign this note" });
  await expect(signDialog.getByRole("button", { name: "Sign note" })).toBeDisabled();
  await docAxe.scan("attestation dialog");
  await shot(doc, "04-attestation-dialog");
  await signDialog.getByLabel("I confirm this statement").check();
  await signDialog.getByRole("button", { name: "Sign note" }).click();
  const refusal = doc.getByTestId("sign-refusal");
  await expect(refusal).toBeVisible();
  await expect(refusal.getByText(/The note was not signed/)).toBeFocused();
  const consentLink = refusal.getByRole("link", { name: /^Consent/ }).first();
  await expect(consentLink).toBeVisible();
  await docAxe.scan("signing refused");
  await shot(doc, "05-sign-refused");
  await consentLink.click();
  await expect(formSection(doc, "Consent").locator(":focus")).toHaveCount(1);

  // Fixes them and signs.
  const consent = formSection(doc, "Consent");
  await consent.getByLabel("Risks, benefits and alternatives discussed").check();
  await consent.getByLabel("Informed consent obtained").check();
  await consent.getByLabel("Consent form").selectOption("verbal");
  await consent.getByLabel("Consent obtained by").fill(PROVIDER.name ?? "");
  await signThroughDialog(doc);

  // Read only: the note as text, the claim lines stored at signing, signer and time.
  await expectSignedView(doc, /Signed by Dr\. Demo Physician at /);
  await expect(doc.getByText(/^Signed · v\d+$|^Signed$/).first()).toBeVisible();
  await expect(claimLine(doc, "20553")).toBeVisible();
  await expect(doc.getByRole("button", { name: "Sign…" })).toHaveCount(0);
  await expect(doc.getByRole("button", { name: /^Save/ })).toHaveCount(0);

  // An addendum appears, with author, time and reason.
  await doc.getByLabel("Reason for the addendum").fill("Late entry");
  await doc.getByLabel("Addendum", { exact: true }).fill("Ice pack applied for 10 minutes after.");
  await doc.getByRole("button", { name: "Add addendum" }).click();
  const addenda = doc.getByRole("list", { name: "Addenda, in the order written" });
  await expect(addenda.getByRole("listitem")).toHaveCount(1);
  await expect(addenda.getByRole("listitem").first()).toContainText(
    /Addendum 1 by Dr\. Demo Physician.*Reason: Late entry.*Ice pack applied/,
  );
  await docAxe.scan("signed note with an addendum (physician)");
  await shot(doc, "06-signed-note-physician");

  // The coder finds it among signed, not coded notes, filtered.
  const coder = await personSignedIn(browser, baseURL, DEMO.coder);
  const coderAxe = axe(coder);
  await expect(coder.getByRole("heading", { level: 1, name: "Coding worklist" })).toBeVisible();
  await coder.getByLabel("Payer profile").selectOption({ label: "Commercial, BCBSA-style" });
  await coder.getByLabel("Provider").fill("Avery Demo");
  await coder.getByLabel("Date of service from").fill(today);
  const coderRow = coder.locator(`tr[data-note-id="${noteId}"]`);
  await expect(coderRow).toContainText(RILEY);
  await coder
    .getByLabel("Payer profile")
    .selectOption({ label: "Medicare, 2024 MAC TPI LCD model" });
  await expect(coderRow).toHaveCount(0);
  await coder.getByLabel("Payer profile").selectOption({ label: "Commercial, BCBSA-style" });
  await expect(coderRow).toBeVisible();
  await coderAxe.scan("coding worklist, filtered");
  await shot(coder, "07-coding-worklist");
  await coderRow.getByRole("link", { name: RILEY }).click();

  // Reads the stored claim lines; no edit control anywhere.
  await expectSignedView(coder, /Signed by Dr\. Demo Physician at /);
  await expect(claimLine(coder, "20553")).toBeVisible();
  for (const name of [/^Save/, "Sign…", "Discard…", "Add addendum", /^Hand over/]) {
    await expect(coder.getByRole("button", { name })).toHaveCount(0);
  }
  // The only controls that take input are the query's question.
  const inputs = coder.locator("main input, main select, main textarea");
  const inQueryForm = coder
    .getByRole("form", { name: "New query" })
    .locator("input, select, textarea");
  expect(await inputs.count()).toBe(await inQueryForm.count());

  // The API refuses a direct write with the coder's session cookie, and the note stays as signed.
  const put = await coder.evaluate(async (id) => {
    const read = await fetch(`/api/notes/${id}`);
    const record = (await read.json()) as {
      version: number;
      note: { procedure: { muscles: { triggerPoints: number }[] } };
    };
    record.note.procedure.muscles[0]!.triggerPoints = 9;
    const write = await fetch(`/api/notes/${id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ version: record.version, note: record.note }),
    });
    const after = (await (await fetch(`/api/notes/${id}`)).json()) as typeof record;
    return { status: write.status, triggerPoints: after.note.procedure.muscles[0]!.triggerPoints };
  }, noteId);
  expect(put.status).toBe(403);
  expect(put.triggerPoints).not.toBe(9);

  // Sends the physician a query.
  await coder.getByLabel("Question to the physician").fill("Which side was the rhomboid major?");
  await coder.getByRole("button", { name: "Send query" }).click();
  const queries = coder.getByRole("list", { name: "Queries to the physician" });
  await expect(queries.getByRole("listitem").first()).toContainText(/Which side.*Open/);

  // The physician answers it with an addendum; the two are linked.
  await doc.reload();
  await expect(doc.getByLabel("Answers the query")).toHaveValue(/.+/);
  await doc.getByLabel("Reason for the addendum").fill("Answer to the coder's query");
  await doc.getByLabel("Addendum", { exact: true }).fill("Right rhomboid major.");
  await doc.getByRole("button", { name: "Add addendum" }).click();
  await expect(addenda.getByRole("listitem")).toHaveCount(2);
  await expect(addenda.getByRole("listitem").nth(1)).toContainText(
    "Answers the query from Demo Coder",
  );
  await coder.reload();
  await expect(queries.getByRole("listitem").first()).toContainText("Answered by addendum 2");
  await coderAxe.scan("signed note with a query and addenda (coder)");
  await shot(coder, "08-signed-note-coder");

  // Marks it coded: it leaves the coding worklist.
  await coder.getByRole("button", { name: "Mark coded" }).click();
  await expect(coder.getByText(/^Coded$/).first()).toBeVisible();
  await expect(coder.getByRole("button", { name: "Mark coded" })).toHaveCount(0);
  await coder
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Worklist" })
    .click();
  await expect(coder.getByRole("heading", { level: 1, name: "Coding worklist" })).toBeVisible();
  await expect(coder.locator(`tr[data-note-id="${noteId}"]`)).toHaveCount(0);

  docAxe.expectClean();
  coderAxe.expectClean();
  await doc.context().close();
  await coder.context().close();
});

test("signed visits on record are prior sessions the engine counts: a fourth in 12 months is an error at signing", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const doc = await personSignedIn(browser, baseURL, DEMO.physician);
  const docAxe = axeScanner(doc);
  const casey = await patientIdByMrn(doc, "DEMO-0005"); // medicare-lcd-2024: three per 12 months
  const visit = (daysAgo: number): NoteInput => ({
    ...CASE_1_SIMPLE_NECK.note,
    dateOfService: localDate(daysAgo),
  });
  const first = await createSigned(doc, casey, visit(200));
  const second = await createSigned(doc, casey, visit(100));

  // The third visit shows both earlier ones as prior sessions, read only, each linked to its note.
  const third = await createDraft(doc, casey, visit(30));
  await doc.goto(`/notes/${third}`);
  const prior = formSection(doc, "Prior trigger point sessions");
  for (const [id, daysAgo] of [
    [first, 200],
    [second, 100],
  ] as const) {
    const link = prior.getByRole("link", { name: `Note of ${localDate(daysAgo)}` });
    await expect(link).toHaveAttribute("href", `/notes/${id}`);
  }
  await waitForCodePanel(doc);
  // Counted: this is the last session the LCD allows in the rolling 12 months.
  await expect(codePanel(doc)).toContainText(/last of 3 sessions/);
  await docAxe.scan("editor with prior sessions from the record");
  await shot(doc, "09-prior-sessions");
  await signThroughDialog(doc);
  await expectSignedView(doc, /Signed by Dr\. Demo Physician at /);

  // A fourth within 12 months: the engine counts the three on record and refuses signing.
  const fourth = await createDraft(doc, casey, visit(0));
  await doc.goto(`/notes/${fourth}`);
  await expect(prior.getByRole("link", { name: /^Note of / })).toHaveCount(3);
  await waitForCodePanel(doc);
  await expect(codePanel(doc)).toContainText(/This would be session 4 in the rolling 12 months/);
  await doc.getByRole("button", { name: "Sign…" }).click();
  const dialog = doc.getByRole("dialog", { name: "Sign this note" });
  await dialog.getByLabel("I confirm this statement").check();
  await dialog.getByRole("button", { name: "Sign note" }).click();
  const refusal = doc.getByTestId("sign-refusal");
  const frequency = refusal.getByRole("link", { name: /This would be session 4/ });
  await expect(frequency).toBeVisible();
  await frequency.click();
  await expect(prior.locator(":focus")).toHaveCount(1);
  await expect(doc.getByText(/^(Draft|Ready for physician) · v\d+$/)).toBeVisible();
  docAxe.expectClean();
  await doc.context().close();
});

test("a second note for the same patient and date warns and offers the first; a draft can be discarded", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const doc = await personSignedIn(browser, baseURL, DEMO.physician);
  const docAxe = axeScanner(doc);
  const jordan = await patientIdByMrn(doc, "DEMO-0002");
  const existing = await createDraft(doc, jordan, {
    dateOfService: localDate(),
    payerProfileId: "medicare-no-lcd",
  });

  await doc.goto(`/notes/new?patient=${jordan}`);
  const warning = doc.getByRole("alert").filter({ hasText: /already has a note for/ });
  await expect(warning).toBeVisible({ timeout: 20_000 });
  await docAxe.scan("same date of service warning");
  await shot(doc, "10-same-date-warning");
  const open = warning.getByRole("link", { name: /^Open the draft note of / }).first();
  await expect(warning.locator(`a[href="/notes/${existing}"]`)).toHaveCount(1);
  await open.click();
  await expect(doc).toHaveURL(/\/notes\/(?!new)/);

  // Discarding asks first; the draft is kept, marked discarded, read only.
  await doc.goto(`/notes/${existing}`);
  await doc.getByRole("button", { name: "Discard…" }).click();
  const confirm = doc.getByRole("dialog", { name: "Discard this draft?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await docAxe.scan("discard confirmation");
  await shot(doc, "11-discard-dialog");
  await confirm.getByLabel("Reason (optional)").fill("Opened by mistake");
  await confirm.getByRole("button", { name: "Discard the draft" }).click();
  await expect(doc.locator(".read-only-reason")).toContainText(/Discarded at .*Opened by mistake/);
  await expect(doc.getByRole("form", { name: "Trigger point injection note" })).toHaveCount(0);
  docAxe.expectClean();
  await doc.context().close();
});
