import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import { fieldDomId } from "../../shared/field-id";
import { NoteFormSections } from "./note-form-sections";
import { renderWithNoteForm } from "./testing/render-with-note-form";

describe("the whole note form", () => {
  it("renders every section of a fresh note in visit order", () => {
    renderWithNoteForm(<NoteFormSections />);
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      "Patient and encounter",
      "History",
      "Vitals",
      "Exam findings",
      "Conservative care tried",
      "Diagnoses",
      "Consent",
      "Procedure performed",
      "Same-day E/M service",
      "Prior trigger point sessions",
    ]);
  });

  it.each([
    "dateOfService",
    "payerProfileId",
    "placeOfService",
    "renderingProvider.name",
    "renderingProvider.npi",
    "renderingProvider.credentials",
    "history.painCharacter",
    "history.duration",
    "history.location",
    "history.painScale",
    "history.painScoreBefore",
    "history.painScoreAfter",
    "history.functionalScale",
    "vitals.systolicMmHg",
    "vitals.diastolicMmHg",
    "vitals.heartRatePerMin",
    "vitals.respiratoryRatePerMin",
    "vitals.temperatureF",
    "vitals.spo2Percent",
    "vitals.weightLb",
    "consent.obtained",
    "consent.form",
    "procedure.muscles",
    "procedure.skinPrep",
    "procedure.needleGauge",
    "procedure.technique",
    "procedure.guidance",
    "procedure.tolerance",
    "procedure.complications",
    "procedure.postInstructions",
    "sameDayEm",
  ])("has a labelled control with the jump-to-field id of %s", (path) => {
    renderWithNoteForm(<NoteFormSections />);
    const control = document.getElementById(fieldDomId(path));
    expect(control).toBeInstanceOf(HTMLElement);
    const labelled =
      (control as HTMLInputElement).labels?.length ??
      control?.getAttribute("aria-labelledby")?.length ??
      0;
    expect(labelled).toBeGreaterThan(0);
  });

  it("shows an error beside an invalid NPI and links it with aria-describedby", async () => {
    const { user, form } = renderWithNoteForm(<NoteFormSections />);
    const npi = document.getElementById(fieldDomId("renderingProvider.npi")) as HTMLInputElement;
    await user.type(npi, "12345");
    await form().trigger();
    const message = await screen.findByText("An NPI is 10 digits");
    expect(npi.getAttribute("aria-invalid")).toBe("true");
    expect(npi.getAttribute("aria-describedby")?.split(" ")).toContain(message.id);
  });

  it("takes vitals as numbers and says what is wrong beside the field", async () => {
    const { user, form, values } = renderWithNoteForm(<NoteFormSections />);
    const field = (path: string) => document.getElementById(fieldDomId(path)) as HTMLInputElement;
    await user.type(field("vitals.systolicMmHg"), "128");
    await user.type(field("vitals.heartRatePerMin"), "720");
    await user.type(field("vitals.temperatureF"), "98.4");
    await form().trigger();
    const diastolic = field("vitals.diastolicMmHg");
    const missing = await screen.findByText("Enter the diastolic pressure too");
    expect(diastolic.getAttribute("aria-invalid")).toBe("true");
    expect(diastolic.getAttribute("aria-describedby")?.split(" ")).toContain(missing.id);
    expect(await screen.findByText("Must be at most 250")).toBeTruthy();

    await user.type(diastolic, "82");
    await user.clear(field("vitals.heartRatePerMin"));
    await user.type(field("vitals.heartRatePerMin"), "72");
    expect(await form().trigger()).toBe(true);
    expect(values().vitals).toMatchObject({
      systolicMmHg: 128,
      diastolicMmHg: 82,
      heartRatePerMin: 72,
      temperatureF: 98.4,
      spo2Percent: null,
    });
  });
});
