import { VitalsSchema, type Note, type PriorSession } from "@tpi/schemas";
import { freshRowId } from "../../shared/row-id";

export interface CopyForwardResult {
  readonly note: Note;
  /** Field paths filled from the last note, for the form to mark "carried over: check". */
  readonly carried: string[];
}

/**
 * Starts today's note from the last one. What describes the patient's condition and the usual
 * treatment is carried (history, examination, conservative care, muscles with their injectates,
 * diagnoses, technique); what can only be true of today's session starts blank: pain scores,
 * vital signs, consent, the response, tolerance, complications, instructions, guidance images, other blocks,
 * any E/M, and the vials: today's vial and what was discarded from it are new facts (carrying last
 * time's discarded amount would claim a waste, or a JZ "nothing discarded", nobody recorded today). The last note itself becomes a prior session, so repeat-injection rules can see it.
 * Only non-empty fields are reported as carried. The input note is not changed.
 */
export function copyForward(
  lastNote: Note,
  today: string,
  newRowId: () => string = freshRowId,
): CopyForwardResult {
  const carried: string[] = [];
  const mark = (path: string, present: boolean) => {
    if (present) carried.push(path);
  };
  const h = lastNote.history;
  const p = lastNote.procedure;

  mark("history.painCharacter", h.painCharacter.length > 0);
  mark("history.duration", h.duration !== null);
  mark("history.location", h.location !== "");
  mark("history.referredPain", h.referredPain !== "");
  mark("history.functionalEffect", h.functionalEffect !== "");
  mark("history.painScale", h.painScale !== null);
  mark("history.functionalScale", h.functionalScale !== "");
  mark("findings", lastNote.findings.length > 0);
  mark("conservativeCare", lastNote.conservativeCare.length > 0);
  mark("procedure.muscles", p.muscles.length > 0);
  mark("procedure.tendonInjections", p.tendonInjections.length > 0);
  mark("procedure.skinPrep", p.skinPrep !== null);
  mark("procedure.needleGauge", p.needleGauge !== null);
  mark("procedure.technique", p.technique !== null);
  mark("procedure.guidance", p.guidance !== "palpation");
  mark("diagnoses", lastNote.diagnoses.length > 0);
  mark("priorSessions", true);

  const lastSession: PriorSession = {
    date: lastNote.dateOfService,
    muscles: p.muscles.map((r) => ({ muscleId: r.muscleId, side: r.side })),
    painScale: h.painScale,
    painScoreBefore: h.painScoreBefore,
    // Relief from the last session is reported at this visit: the form asks for it.
    reliefPercent: null,
    reliefDurationWeeks: null,
  };

  const note: Note = {
    dateOfService: today,
    payerProfileId: lastNote.payerProfileId,
    placeOfService: lastNote.placeOfService,
    renderingProvider: { ...lastNote.renderingProvider },
    history: {
      ...h,
      painCharacter: [...h.painCharacter],
      duration: h.duration ? { ...h.duration } : null,
      painScoreBefore: null,
      painScoreAfter: null,
    },
    // Today's vital signs are taken today: the schema's blank (none taken).
    vitals: VitalsSchema.parse({}),
    findings: lastNote.findings.map((f) => ({ ...f })),
    conservativeCare: lastNote.conservativeCare.map((c) => ({
      ...c,
      duration: c.duration ? { ...c.duration } : null,
    })),
    consent: {
      risksBenefitsAlternativesDiscussed: false,
      obtained: false,
      form: null,
      obtainedBy: "",
    },
    procedure: {
      muscles: p.muscles.map((r) => ({
        ...r,
        rowId: newRowId(),
        injectates: r.injectates.map((i) => ({ ...i, concentration: { ...i.concentration } })),
      })),
      vials: [],
      tendonInjections: p.tendonInjections.map((t) => ({ ...t, rowId: newRowId() })),
      skinPrep: p.skinPrep,
      needleGauge: p.needleGauge,
      technique: p.technique,
      guidance: p.guidance,
      guidanceImagesRecorded: false,
      response: { localTwitch: false, release: false },
      tolerance: null,
      complications: null,
      complicationsDetail: "",
      postInstructions: [],
      otherBlocksSameSession: false,
    },
    diagnoses: [...lastNote.diagnoses],
    sameDayEm: null,
    // The schema keeps at most 100; a last note already listed (same date) is not listed twice.
    priorSessions: [
      ...(lastNote.priorSessions.some((s) => s.date === lastNote.dateOfService)
        ? []
        : [lastSession]),
      ...lastNote.priorSessions.map((s) => ({ ...s, muscles: s.muscles.map((m) => ({ ...m })) })),
    ].slice(0, 100),
  };
  return { note, carried };
}
