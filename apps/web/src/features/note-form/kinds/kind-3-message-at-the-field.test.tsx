import { describe, expect, it } from "vitest";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { fieldDomId } from "../../../shared/field-id";
import { localIsoDate } from "../../../shared/format";
import { renderWithNoteForm } from "../testing/render-with-note-form";
import { NoteFormSections } from "../note-form-sections";

// Issue 10, kind 3: an invalid value got no message where it was typed. Trigger points 0, -1, 1.5 and
// 999 and a volume of 0 showed nothing at the field; a duration of -4 said "Check this field"; a pain
// score of 15 on the 0-10 scale was accepted; the NPI 1234567890 was accepted though its check digit
// is wrong; a date of service in 2031 was accepted. Rule: every field says what is wrong at the field
// as it is typed, announced (aria-invalid, aria-describedby, a live region), and bounds that depend
// on another field are checked against it. The data rules' limits are tested at, under and over the
// limit in packages/schemas (note.test.ts, same name).

const row = {
  rowId: "r1",
  muscleId: "upper-trapezius",
  side: "right" as const,
  triggerPoints: 1,
  injectates: [
    { agentId: "lidocaine", concentration: { value: 1, unit: "percent" as const }, volumeMl: 1 },
  ],
};

function control(path: string): HTMLInputElement {
  const el = document.getElementById(fieldDomId(path));
  if (!el) throw new Error(`no control for ${path}`);
  return el as HTMLInputElement;
}

/** Types into a field (replacing what is there) without leaving it: the message must come as typed. */
async function typeInto(user: UserEvent, path: string, text: string) {
  await user.clear(control(path));
  await user.type(control(path), text);
}

/** The message at the field: the element its aria-describedby names, polite-live, and aria-invalid. */
async function expectMessageAt(path: string, message: string | RegExp) {
  const field = control(path);
  await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
  const ids = field.getAttribute("aria-describedby")?.split(" ") ?? [];
  const texts = ids.map((id) => document.getElementById(id));
  const error = texts.find((el) => el?.classList.contains("field-error"));
  expect(error?.textContent).toMatch(message);
  expect(error?.getAttribute("aria-live")).toBe("polite");
}

async function expectNoMessageAt(path: string) {
  await waitFor(() => expect(control(path).getAttribute("aria-invalid")).toBeNull());
}

function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return localIsoDate(d);
}

describe("kind 3: an invalid value gets a specific message at its field, as it is typed", () => {
  it.each([
    ["0", "Must be at least 1"],
    ["-1", "Must be at least 1"],
    ["1.5", "Enter a whole number"],
    ["999", "Must be at most 20"],
  ])("trigger points %s: %s", async (typed, message) => {
    const { user } = renderWithNoteForm(<NoteFormSections />, { procedure: { muscles: [row] } });
    await typeInto(user, "procedure.muscles.0.triggerPoints", typed);
    await expectMessageAt("procedure.muscles.0.triggerPoints", message);
    await typeInto(user, "procedure.muscles.0.triggerPoints", "3");
    await expectNoMessageAt("procedure.muscles.0.triggerPoints");
  });

  it("a volume of 0 mL", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />, { procedure: { muscles: [row] } });
    await typeInto(user, "procedure.muscles.0.injectates.0.volumeMl", "0");
    await expectMessageAt("procedure.muscles.0.injectates.0.volumeMl", "Must be more than 0");
  });

  it("a duration of -4 says it cannot be negative, not 'Check this field'", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />);
    await typeInto(user, "history.duration", "-4");
    await expectMessageAt("history.duration", "A duration cannot be negative");
    expect(screen.queryByText("Check this field")).toBeNull();
  });

  it("a pain score of 15 on the 0-10 scale is refused at the field, and changing the scale checks it again", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />);
    await user.selectOptions(control("history.painScale"), "NRS-11");
    await typeInto(user, "history.painScoreBefore", "15");
    await expectMessageAt("history.painScoreBefore", "On the NRS-11 scale a score is 0 to 10");
    await user.selectOptions(control("history.painScale"), "VAS-100");
    await expectNoMessageAt("history.painScoreBefore");
    await user.selectOptions(control("history.painScale"), "NRS-11");
    await expectMessageAt("history.painScoreBefore", "On the NRS-11 scale a score is 0 to 10");
    await typeInto(user, "history.painScoreBefore", "10");
    await expectNoMessageAt("history.painScoreBefore");
  });

  it("the NPI 1234567890 fails its check digit (Luhn over 80840); 1234567893 passes", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />);
    await typeInto(user, "renderingProvider.npi", "1234567890");
    await expectMessageAt(
      "renderingProvider.npi",
      "Not a valid NPI: its check digit does not match",
    );
    await typeInto(user, "renderingProvider.npi", "1234567893");
    await expectNoMessageAt("renderingProvider.npi");
  });

  it("a date of service in the future is an error at the field", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />, {
      dateOfService: daysFromToday(0),
    });
    fireEvent.change(control("dateOfService"), { target: { value: "2031-05-01" } });
    await user.click(control("dateOfService"));
    await user.tab();
    await expectMessageAt("dateOfService", /in the future/);
    fireEvent.change(control("dateOfService"), { target: { value: daysFromToday(1) } });
    await expectMessageAt("dateOfService", /in the future/);
    fireEvent.change(control("dateOfService"), { target: { value: daysFromToday(0) } });
    await expectNoMessageAt("dateOfService");
  });

  it("a date of service long past asks for confirmation, once", async () => {
    const old = daysFromToday(-200);
    const { user } = renderWithNoteForm(<NoteFormSections />, { dateOfService: old });
    const region = screen.getByRole("region", { name: "Patient and encounter" });
    const ask = within(region).getByRole("status");
    expect(ask.textContent).toContain("This date is 200 days ago");
    expect(control("dateOfService").getAttribute("aria-invalid")).toBeNull();
    await user.click(within(ask).getByRole("button", { name: `Yes, ${old} is right` }));
    expect(within(region).queryByText(/days ago/)).toBeNull();
    expect(within(region).getByText("Date confirmed as the date of the procedure.")).toBeTruthy();
  });

  it("number boxes are text boxes with a numeric keypad: the wheel and arrow keys cannot change a dose", async () => {
    const { user } = renderWithNoteForm(<NoteFormSections />, { procedure: { muscles: [row] } });
    const volume = control("procedure.muscles.0.injectates.0.volumeMl");
    expect(volume.type).toBe("text");
    expect(volume.inputMode).toBe("decimal");
    expect(control("procedure.muscles.0.triggerPoints").inputMode).toBe("numeric");
    expect(control("history.duration").type).toBe("text");
    await user.click(volume);
    await user.keyboard("{ArrowUp}{ArrowUp}{ArrowDown}{ArrowDown}{ArrowDown}");
    fireEvent.wheel(volume, { deltaY: -300 });
    expect(volume.value).toBe("1");
  });
});
