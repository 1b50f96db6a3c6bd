import { expect, test, type Page } from "@playwright/test";
import { CASE_STUDIES, type CaseStudy } from "@tpi/fixtures";
import { enterNote } from "./note-entry";
import { claimLine, codePanel, openNewNote, signIn, waitForCodePanel } from "./support";

// Issue 4, done-when 1: each of the seed article's four case studies, entered through the editor as a
// person would, shows the reviewed, corrected codes in the live panel (not the article's answers).

/** A demo patient whose default payer matches the case, as the clinic would have it on file. */
const PATIENT_FOR: Readonly<Record<string, string>> = {
  "case-1-simple-neck": "Testpatient, Avery",
  "case-2-shoulder-girdle": "Fictional, Morgan",
  "case-3-bilateral-low-back": "Placeholder, Jordan",
  "case-4-tpi-with-em": "Testpatient, Avery",
};

/** The words a reviewer checks in each key finding, by rule id. */
const FINDING_TEXT: Readonly<Record<string, RegExp>> = {
  "DRUG-BUNDLED-01": /Lidocaine \d+ mg is a local anesthetic: part of the procedure/,
  "CPT-TPI-04": /Both sides of the quadratus lumborum.*no modifier 50, RT or LT/,
  "NCCI-PTP-02": /20552 with 99213.*modifier 25 on 99213/,
};

const letters = (pointers: readonly number[]) =>
  pointers.map((p) => String.fromCharCode(64 + p)).join(" ");

function distinctMuscles(cs: CaseStudy): number {
  const rows = cs.note.procedure?.muscles ?? [];
  return new Set(rows.map((m) => `${m.muscleId}|${m.side}`)).size;
}

async function expectCorrectedCodes(
  page: Page,
  cs: CaseStudy,
  diagnosesEntered: boolean,
): Promise<void> {
  const panel = codePanel(page);
  for (const line of cs.expected.lines) {
    const item = claimLine(page, line.code);
    await expect(item, `${line.code} on the claim`).toBeVisible();
    const facts = item.locator("dl");
    await expect(facts.getByRole("definition").nth(0)).toHaveText(
      line.modifiers.length > 0 ? line.modifiers.join(", ") : "none",
    );
    await expect(facts.getByRole("definition").nth(1)).toHaveText(String(line.units));
    await expect(facts.getByRole("definition").nth(2)).toHaveText(
      diagnosesEntered ? letters(line.diagnosisPointers) : "none",
    );
  }
  await expect(panel.getByTestId(/^claim-line-/)).toHaveCount(cs.expected.lines.length);
  for (const code of cs.expected.forbiddenCodes) {
    await expect(panel.getByTestId(new RegExp(`^claim-line-${code}`))).toHaveCount(0);
  }

  // The reason for the TPI code, behind its "Why" disclosure.
  const tpi = cs.expected.lines.find((l) => l.code.startsWith("2055"));
  if (tpi) {
    const item = claimLine(page, tpi.code);
    await item.getByText(`Why ${tpi.code}`).click();
    const n = distinctMuscles(cs);
    await expect(item).toContainText(`${n} distinct muscle${n === 1 ? "" : "s"}`);
  }

  const findings = panel.locator(".cp-findings");
  for (const id of cs.expected.findingRuleIds) {
    const finding = findings.getByRole("listitem").filter({ hasText: id });
    await expect(finding, `finding ${id}`).toHaveCount(1);
    const text = FINDING_TEXT[id];
    if (text) await expect(finding).toContainText(text);
  }
  if (!diagnosesEntered) {
    // Without diagnoses the panel must say so, as an error.
    await expect(findings.getByRole("listitem").filter({ hasText: "DX-REQUIRED-01" })).toHaveCount(
      1,
    );
  }
  for (const id of cs.expected.absentFindingRuleIds) {
    await expect(panel.getByText(new RegExp(`^${id} v`)), `no finding ${id}`).toHaveCount(0);
  }
}

test.describe.configure({ mode: "serial" });

test.describe("the four case studies, entered through the UI", () => {
  // One browser page for the four notes: the code sets load once per session, as for a clinician.
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page);
  });
  test.afterAll(async () => {
    await page.close();
  });

  for (const cs of CASE_STUDIES) {
    test(`${cs.title}: ${cs.expected.lines.map((l) => [l.code, ...l.modifiers].join("-")).join(" + ")}`, async () => {
      test.setTimeout(120_000);
      await page.getByRole("link", { name: "Patients", exact: true }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "Patients" })).toBeVisible();
      await openNewNote(page, PATIENT_FOR[cs.id] ?? "Testpatient, Avery");
      await waitForCodePanel(page);

      const { diagnosesEntered } = await enterNote(page, cs.note);
      if (!diagnosesEntered) {
        // Reported, not hidden: the codes, modifiers and units are still checked; the pointers are not.
        test.info().annotations.push({
          type: "limitation",
          description:
            "The diagnosis picker's search is not available (GET /api/icd10cm/search fails), so the note has no diagnoses: pointers not checked.",
        });
      }

      await expectCorrectedCodes(page, cs, diagnosesEntered);

      await page.getByRole("button", { name: "Save note" }).click();
      await expect(page.getByRole("status").filter({ hasText: /^Saved / })).toBeVisible();
    });
  }
});
