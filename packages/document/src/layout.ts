import type { NoteDocument } from "./model.js";

/**
 * The document laid out as sections of simple blocks, in reading order. Every renderer (plain text,
 * the web's print view, the PDF, the FHIR narrative) walks this one list and only decides how each
 * block looks, so the words and their order are the same everywhere.
 */
export type Block =
  | { readonly kind: "paragraph"; readonly text: string }
  /** "Label: value" on a line of its own. */
  | { readonly kind: "field"; readonly label: string; readonly value: string }
  | { readonly kind: "table"; readonly table: Table };

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns whose text may wrap inside the cell when the width is short (the long ones). */
  readonly wrappable: readonly number[];
}

export interface DocumentSection {
  readonly id: string;
  /** Null for the header block, which has no heading of its own. */
  readonly heading: string | null;
  readonly blocks: readonly Block[];
}

const field = (label: string, value: string): Block => ({ kind: "field", label, value });
const paragraph = (text: string): Block => ({ kind: "paragraph", text });

function headerSection(doc: NoteDocument): DocumentSection {
  const h = doc.header;
  const provider = h.renderingProvider;
  const providerText = [
    provider.name || "Not recorded",
    provider.credentials,
    provider.npi ? `NPI ${provider.npi}` : "NPI not recorded",
  ]
    .filter((p) => p !== "")
    .join(", ");
  return {
    id: "header",
    heading: null,
    blocks: [
      field("Patient", h.patient.name),
      field("Date of birth", h.patient.birthDate),
      field("Sex", h.patient.sex),
      field("Record number (MRN)", h.patient.mrn),
      field("Date of service", h.dateOfService),
      field(
        "Place of service",
        [h.placeOfService.code, h.placeOfService.name].filter((p) => p !== "").join(" "),
      ),
      field("Rendering provider", providerText),
      field(
        "Payer profile",
        h.payerProfile.version === null
          ? h.payerProfile.name
          : `${h.payerProfile.name} (version ${h.payerProfile.version})`,
      ),
    ],
  };
}

function muscleSection(doc: NoteDocument): DocumentSection {
  return {
    id: "muscles",
    heading: "Muscles injected",
    blocks:
      doc.muscles.length === 0
        ? [paragraph("No muscles recorded.")]
        : [
            {
              kind: "table",
              table: {
                columns: [
                  "Muscle",
                  "Side",
                  "Trigger points",
                  "Agent",
                  "Concentration",
                  "Volume",
                  "Dose",
                ],
                rows: doc.muscles.map((r) => [
                  r.continuation ? "" : r.muscle,
                  r.continuation ? "" : r.side,
                  r.continuation ? "" : String(r.triggerPoints),
                  r.agent,
                  r.concentration,
                  r.volume,
                  r.dose,
                ]),
                wrappable: [0, 3],
              },
            },
          ],
  };
}

function diagnosisSection(doc: NoteDocument): DocumentSection {
  return {
    id: "diagnoses",
    heading: "Diagnoses",
    blocks:
      doc.diagnoses.length === 0
        ? [paragraph("No diagnoses recorded.")]
        : [
            {
              kind: "table",
              table: {
                columns: ["Pointer", "ICD-10-CM", "Title"],
                rows: doc.diagnoses.map((d) => [d.letter, d.code, d.title]),
                wrappable: [2],
              },
            },
          ],
  };
}

function claimSection(doc: NoteDocument): DocumentSection {
  return {
    id: "claim-lines",
    heading: "Claim lines",
    blocks:
      doc.claimLines.length === 0
        ? [paragraph("No claim lines.")]
        : [
            {
              kind: "table",
              table: {
                columns: ["Code", "Modifiers", "Units", "Pointers", "Description"],
                rows: doc.claimLines.map((l) => [
                  l.code,
                  l.modifiers.length > 0 ? l.modifiers.join(", ") : "-",
                  String(l.units),
                  l.pointers.length > 0 ? l.pointers.join(", ") : "-",
                  l.description,
                ]),
                wrappable: [4],
              },
            },
          ],
  };
}

function priorSection(doc: NoteDocument): DocumentSection {
  return {
    id: "prior-sessions",
    heading: "Prior sessions",
    blocks:
      doc.priorSessions.length === 0
        ? [paragraph("No prior sessions recorded.")]
        : [
            {
              kind: "table",
              table: {
                columns: ["Date", "Muscles", "Pain before", "Relief reported"],
                rows: doc.priorSessions.map((s) => [s.date, s.muscles, s.painBefore, s.relief]),
                wrappable: [1],
              },
            },
          ],
  };
}

function signatureSection(doc: NoteDocument): DocumentSection {
  const s = doc.signature;
  return {
    id: "signature",
    heading: "Signature",
    blocks: s
      ? [
          field("Signed by", [s.signer, s.credentials].filter((p) => p !== "").join(", ")),
          field("Signed at", s.signedAt),
          field("Attestation", s.attestation),
          ...(s.noteHash ? [field("Note SHA-256", s.noteHash)] : []),
        ]
      : [paragraph("Not signed. This draft is not a completed medical record.")],
  };
}

function addendaSection(doc: NoteDocument): DocumentSection[] {
  if (doc.addenda.length === 0) return [];
  return [
    {
      id: "addenda",
      heading: "Addenda",
      blocks: doc.addenda.flatMap((a, i) => [
        field(
          `Addendum ${i + 1}`,
          `${[a.author, a.credentials].filter((p) => p !== "").join(", ")}, ${a.at}`,
        ),
        field("Reason", a.reason),
        paragraph(a.text),
      ]),
    },
  ];
}

function codingBasisSection(doc: NoteDocument): DocumentSection {
  const b = doc.codingBasis;
  return {
    id: "coding-basis",
    heading: "Coding basis",
    blocks: [
      ...b.entries.flatMap((e) => [
        field(e.line, `${e.rules.join(", ")}. ${e.reason}`),
        ...e.sources.map((s) => field("Source", s)),
      ]),
      field("Engine", b.engineVersion),
      field("Payer profile", b.payerProfile),
      ...b.codeSets.map((c) => field(c.name, c.version)),
    ],
  };
}

/** The document's sections in reading order: header, narrative, tables, signature, addenda, appendix. */
export function layoutDocument(doc: NoteDocument): DocumentSection[] {
  return [
    headerSection(doc),
    ...doc.narrative.map((s) => ({
      id: s.id,
      heading: s.heading,
      blocks: [paragraph(s.text)],
    })),
    muscleSection(doc),
    diagnosisSection(doc),
    claimSection(doc),
    priorSection(doc),
    signatureSection(doc),
    ...addendaSection(doc),
    codingBasisSection(doc),
  ];
}
