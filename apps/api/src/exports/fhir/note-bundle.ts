import { randomUUID } from "node:crypto";
import type {
  Bundle,
  BundleEntry,
  Claim,
  CodeableConcept,
  Composition,
  Condition,
  Consent,
  Coverage,
  DocumentReference,
  Encounter,
  MedicationAdministration,
  Patient as FhirPatient,
  Practitioner,
  Procedure,
  Reference,
  Resource,
} from "@medplum/fhirtypes";
import { agentById, doseOf, muscleById } from "@tpi/coding";
import { layoutDocument } from "@tpi/document";
import type { MuscleRow } from "@tpi/schemas";
import type { NoteExport } from "../note-document.js";
import { CODES, LATERALITY, SYSTEMS } from "./systems.js";
import { sectionXhtml } from "./xhtml.js";

/** What the bundle carries besides the note: the PDF (for the DocumentReference) and when it is made. */
export interface BundleExtras {
  readonly pdfBase64: string;
  readonly now: Date;
}

type Ref<T extends Resource> = Reference<T>;

/** A new resource's bundle entry: urn:uuid full URLs, so references resolve inside the bundle. */
function entry<T extends Resource>(resource: T): { entry: BundleEntry; ref: Ref<T>; id: string } {
  const id = randomUUID();
  return {
    entry: { fullUrl: `urn:uuid:${id}`, resource: { ...resource, id } },
    ref: { reference: `urn:uuid:${id}` },
    id,
  };
}

function bodySite(row: Pick<MuscleRow, "muscleId" | "side">): CodeableConcept {
  const name = muscleById(row.muscleId)?.name ?? row.muscleId;
  const side = LATERALITY[row.side];
  return {
    text: `${side.display === "Median" ? "Midline" : side.display} ${name.toLowerCase()}`,
    extension: [
      {
        url: SYSTEMS.lateralityExtension,
        valueCodeableConcept: {
          coding: [{ system: SYSTEMS.snomed, code: side.code, display: side.display }],
        },
      },
    ],
  };
}

/** UCUM for the agent's dose unit: mg, or an arbitrary "unit" (botulinum toxin units are not IU). */
const UCUM = { mg: { code: "mg", unit: "mg" }, units: { code: "{unit}", unit: "units" } } as const;

const procedureCodeSystem = (kind: "cpt" | "hcpcs") =>
  kind === "cpt" ? SYSTEMS.cpt : SYSTEMS.hcpcs;
const modifierSystem = (m: string) => (/^\d+$/.test(m) ? SYSTEMS.cpt : SYSTEMS.hcpcs);

/**
 * The note as a FHIR R4 document Bundle: Composition (the narrative, from the same document model as
 * the PDF), Patient, Practitioner, Encounter, a Condition per diagnosis, a Procedure per procedure
 * code, a MedicationAdministration per injectate, Consent, Coverage and Claim (lines, modifiers,
 * units, diagnosis sequences) and a DocumentReference carrying the PDF.
 */
export function noteBundle(e: NoteExport, extras: BundleExtras): Bundle {
  const { record, patient, result, document: doc } = e;
  const note = record.note;
  const signed = doc.signature !== null;
  const when = record.signedAt ?? extras.now.toISOString();
  const provider = note.renderingProvider;

  const fhirPatient = entry<FhirPatient>({
    resourceType: "Patient",
    identifier: [{ system: SYSTEMS.mrn, value: patient.mrn }],
    name: [{ family: patient.familyName, given: [patient.givenName] }],
    gender: patient.sex,
    birthDate: patient.birthDate,
  });
  const practitioner = entry<Practitioner>({
    resourceType: "Practitioner",
    ...(provider.npi ? { identifier: [{ system: SYSTEMS.npi, value: provider.npi }] } : {}),
    name: [{ text: provider.name || "Rendering provider not recorded" }],
    ...(provider.credentials ? { qualification: [{ code: { text: provider.credentials } }] } : {}),
  });
  const subject = fhirPatient.ref;
  const performer = practitioner.ref;
  const encounter = entry<Encounter>({
    resourceType: "Encounter",
    status: "finished",
    class: { system: SYSTEMS.actCode, code: "AMB", display: "ambulatory" },
    subject,
    participant: [{ individual: performer }],
    period: { start: note.dateOfService, end: note.dateOfService },
  });

  const conditions = doc.diagnoses.map((d) =>
    entry<Condition>({
      resourceType: "Condition",
      clinicalStatus: { coding: [{ system: SYSTEMS.conditionClinical, code: "active" }] },
      verificationStatus: {
        coding: [{ system: SYSTEMS.conditionVerification, code: "confirmed" }],
      },
      category: [{ coding: [{ system: SYSTEMS.conditionCategory, code: "encounter-diagnosis" }] }],
      code: {
        coding: [{ system: SYSTEMS.icd10cm, code: d.code, display: d.title }],
        text: d.title,
      },
      subject,
      encounter: encounter.ref,
    }),
  );

  const sections = layoutDocument(doc);
  const narrativeOf = (id: string) => doc.narrative.find((s) => s.id === id)?.text ?? "";
  const procedures = result.claimLines
    .filter((l) => l.kind === "cpt" && !l.code.startsWith("99"))
    .map((line) =>
      entry<Procedure>({
        resourceType: "Procedure",
        status: signed ? "completed" : "in-progress",
        // Our plain description as text; the AMA's descriptor is not ours to print.
        code: { coding: [{ system: SYSTEMS.cpt, code: line.code }], text: line.description },
        subject,
        encounter: encounter.ref,
        performedDateTime: note.dateOfService,
        performer: [{ actor: performer }],
        bodySite: note.procedure.muscles.map(bodySite),
        reasonReference: line.diagnosisPointers.flatMap((p) => {
          const c = conditions[p - 1];
          return c ? [c.ref] : [];
        }),
        ...(narrativeOf("post-procedure")
          ? { outcome: { text: narrativeOf("post-procedure") } }
          : {}),
        ...(narrativeOf("procedure") ? { note: [{ text: narrativeOf("procedure") }] } : {}),
      }),
    );

  const administrations = note.procedure.muscles.flatMap((row) =>
    row.injectates.map((inj) => {
      const agent = agentById(inj.agentId);
      const dose = agent ? doseOf(inj, agent) : null;
      const site = bodySite(row);
      return entry<MedicationAdministration>({
        resourceType: "MedicationAdministration",
        status: signed ? "completed" : "in-progress",
        medicationCodeableConcept: { text: agent?.name ?? inj.agentId },
        subject,
        context: encounter.ref,
        effectiveDateTime: note.dateOfService,
        performer: [{ actor: performer }],
        ...(procedures[0] ? { partOf: [procedures[0].ref] } : {}),
        dosage: {
          text: `${site.text}: ${inj.concentration.value} ${inj.concentration.unit === "percent" ? "%" : inj.concentration.unit}, ${inj.volumeMl} mL`,
          site,
          route: { coding: [CODES.intramuscular] },
          ...(dose && "amount" in dose
            ? { dose: { value: dose.amount, system: SYSTEMS.ucum, ...UCUM[dose.unit] } }
            : {}),
        },
      });
    }),
  );

  const consent = note.consent.obtained
    ? [
        entry<Consent>({
          resourceType: "Consent",
          status: "active",
          scope: { coding: [{ system: SYSTEMS.consentScope, code: "treatment" }] },
          category: [{ coding: [CODES.consentDocument] }],
          patient: subject,
          dateTime: note.dateOfService,
          policyRule: { coding: [{ system: SYSTEMS.actCode, code: "OPTIN" }] },
          ...(narrativeOf("consent")
            ? {
                text: {
                  status: "generated",
                  div: sectionXhtml({
                    id: "consent",
                    heading: "Consent",
                    blocks: [{ kind: "paragraph", text: narrativeOf("consent") }],
                  }),
                },
              }
            : {}),
        }),
      ]
    : [];

  const coverage = entry<Coverage>({
    resourceType: "Coverage",
    status: "active",
    beneficiary: subject,
    payor: [{ display: doc.header.payerProfile.name }],
  });
  const claim = entry<Claim>({
    resourceType: "Claim",
    status: signed ? "active" : "draft",
    type: { coding: [{ system: SYSTEMS.claimType, code: "professional" }] },
    use: "claim",
    patient: subject,
    created: when,
    provider: performer,
    priority: { coding: [{ system: SYSTEMS.processPriority, code: "normal" }] },
    insurance: [{ sequence: 1, focal: true, coverage: coverage.ref }],
    diagnosis: doc.diagnoses.map((d, i) => ({
      sequence: i + 1,
      diagnosisCodeableConcept: {
        coding: [{ system: SYSTEMS.icd10cm, code: d.code, display: d.title }],
      },
    })),
    item: result.claimLines.map((line, i) => ({
      sequence: i + 1,
      productOrService: {
        coding: [{ system: procedureCodeSystem(line.kind), code: line.code }],
        text: line.description,
      },
      ...(line.modifiers.length > 0
        ? {
            modifier: line.modifiers.map((m) => ({
              coding: [{ system: modifierSystem(m), code: m }],
            })),
          }
        : {}),
      quantity: { value: line.units },
      ...(line.diagnosisPointers.length > 0 ? { diagnosisSequence: line.diagnosisPointers } : {}),
      servicedDate: note.dateOfService,
      locationCodeableConcept: {
        coding: [{ system: SYSTEMS.placeOfService, code: note.placeOfService }],
      },
      encounter: [encounter.ref],
    })),
  });

  const documentReference = entry<DocumentReference>({
    resourceType: "DocumentReference",
    status: "current",
    docStatus: signed ? "final" : "preliminary",
    type: { coding: [CODES.procedureNote] },
    subject,
    date: when,
    author: [performer],
    content: [
      {
        attachment: {
          contentType: "application/pdf",
          data: extras.pdfBase64,
          title: `${doc.title}, ${doc.header.dateOfService}`,
          creation: extras.now.toISOString(),
        },
      },
    ],
    context: { encounter: [encounter.ref], period: { start: note.dateOfService } },
  });

  const composition = entry<Composition>({
    resourceType: "Composition",
    status: signed ? "final" : "preliminary",
    type: { coding: [CODES.procedureNote] },
    subject,
    encounter: encounter.ref,
    date: when,
    author: [performer],
    title: doc.draftMark ? `${doc.title} (${doc.draftMark})` : doc.title,
    ...(doc.signature && record.signedAt
      ? { attester: [{ mode: "legal", time: record.signedAt, party: performer }] }
      : {}),
    section: sections
      .filter((s) => s.heading !== null)
      .map((s) => ({
        title: s.heading ?? "",
        text: { status: "generated", div: sectionXhtml(s) },
      })),
  });

  return {
    resourceType: "Bundle",
    type: "document",
    identifier: { system: "urn:ietf:rfc:3986", value: `urn:uuid:${randomUUID()}` },
    timestamp: extras.now.toISOString(),
    entry: [
      composition.entry,
      fhirPatient.entry,
      practitioner.entry,
      encounter.entry,
      ...conditions.map((c) => c.entry),
      ...procedures.map((p) => p.entry),
      ...administrations.map((a) => a.entry),
      ...consent.map((c) => c.entry),
      coverage.entry,
      claim.entry,
      documentReference.entry,
    ],
  };
}
