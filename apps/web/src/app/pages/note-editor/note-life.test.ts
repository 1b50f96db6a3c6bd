import { describe, expect, it } from "vitest";
import { NoteSchema, PriorSessionSchema, type Problem } from "@tpi/schemas";
import { withRecordSessions } from "./live-panels";
import { blockingItems } from "./note-life-actions";

describe("the 422 of a refused signing, as blocking items", () => {
  const problem = (extra: Partial<Problem>): Problem => ({
    type: "/problems/sign-blocked",
    title: "Not signed",
    status: 422,
    ...extra,
  });

  it("error findings first, then the checklist items still open", () => {
    const items = blockingItems(
      problem({
        blocking: {
          findings: [
            {
              ruleId: "LCD-FREQ-01",
              ruleVersion: 1,
              severity: "error",
              message: "A fourth session in 12 months",
              path: "priorSessions",
              citations: [],
            },
          ],
          checklist: [
            {
              id: "DOC-CONSENT",
              label: "Informed consent",
              path: "consent.obtained",
              done: false,
              requiredBy: ["universal"],
              severity: "error",
              blocksSigning: true,
              citations: [],
            },
          ],
        },
      }),
    );
    expect(items).toEqual([
      { path: "priorSessions", message: "A fourth session in 12 months" },
      { path: "consent.obtained", message: "Informed consent: not documented" },
    ]);
  });

  it("an open checklist item the engine also reports as a finding is listed once", () => {
    const consent = {
      path: "consent.obtained",
      severity: "error" as const,
      citations: [],
    };
    const items = blockingItems(
      problem({
        blocking: {
          findings: [
            {
              ...consent,
              ruleId: "DOC-CONSENT",
              ruleVersion: 1,
              message: "Consent: not documented yet; the note cannot be signed without it.",
            },
          ],
          checklist: [
            {
              ...consent,
              id: "DOC-CONSENT",
              label: "Informed consent",
              done: false,
              requiredBy: ["universal"],
              blocksSigning: true,
            },
            {
              ...consent,
              id: "SIGN-INJECTATE-OR-DRY-NEEDLING",
              label: "Injectate given, or dry needling chosen explicitly, for this muscle",
              path: "procedure.muscles.1.injectates",
              done: false,
              requiredBy: ["universal"],
              blocksSigning: true,
            },
          ],
        },
      }),
    );
    expect(items).toEqual([
      {
        path: "consent.obtained",
        message: "Consent: not documented yet; the note cannot be signed without it.",
      },
      {
        path: "procedure.muscles.1.injectates",
        message:
          "Injectate given, or dry needling chosen explicitly, for this muscle: not documented",
      },
    ]);
  });

  it("without the blocking list, the field errors (note. prefix dropped)", () => {
    expect(
      blockingItems(problem({ errors: [{ path: "note.consent.obtained", message: "Required" }] })),
    ).toEqual([{ path: "consent.obtained", message: "Required" }]);
  });
});

describe("the note the engine codes in the editor", () => {
  const note = NoteSchema.parse({
    dateOfService: "2026-11-29",
    payerProfileId: "medicare-lcd-2024",
    priorSessions: [{ date: "2026-03-01" }],
  });
  const fromRecord = [{ noteId: "n-1", session: PriorSessionSchema.parse({ date: "2026-09-01" }) }];

  it("counts the sessions from the record with the reported ones, oldest first", () => {
    expect(withRecordSessions(note, fromRecord).priorSessions.map((s) => s.date)).toEqual([
      "2026-03-01",
      "2026-09-01",
    ]);
  });

  it("is the note itself when the record has none", () => {
    expect(withRecordSessions(note, [])).toBe(note);
  });
});
