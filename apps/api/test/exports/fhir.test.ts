import type {
  Bundle,
  Claim,
  Condition,
  DocumentReference,
  MedicationAdministration,
  Procedure,
  Resource,
} from "@medplum/fhirtypes";
import { CASE_STUDIES } from "@tpi/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.js";
import { startTestServer, type TestServer } from "../support/test-server.js";
import { fhirErrors } from "./fhir-validator.js";
import { createNote, firstPatient } from "./support.js";

// FHIR output does not depend on the database; one engine keeps this suite quick.
describe("FHIR R4 export", () => {
  let server: TestServer;
  let physician: string;
  const bundles = new Map<string, Bundle>();

  beforeAll(async () => {
    server = await startTestServer("sqlite");
    physician = await server.signIn("physician@demo.tpi");
    // Loading and compiling the R4 definitions takes a while; do it once, before the timed tests.
    fhirErrors({ resourceType: "Patient" });
    const patient = await firstPatient(server, physician);
    for (const c of CASE_STUDIES) {
      const note = await createNote(server, physician, patient.id, c.note);
      const res = await call(server.url, `/api/notes/${note.id}/fhir`, { cookie: physician });
      expect(res.status, res.text).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/fhir\+json/);
      bundles.set(c.id, JSON.parse(res.text) as Bundle);
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const of = <T extends Resource = Resource>(bundle: Bundle, type: Resource["resourceType"]): T[] =>
    (bundle.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === type) as T[];

  it.each(CASE_STUDIES.map((c) => ({ name: c.title, id: c.id })))(
    "$name: the bundle and every resource in it validate against the R4 definitions",
    ({ id }) => {
      const bundle = bundles.get(id)!;
      expect(fhirErrors(bundle)).toEqual([]);
      for (const e of bundle.entry ?? []) {
        expect(fhirErrors(e.resource!), e.resource!.resourceType).toEqual([]);
      }
    },
  );

  it.each(CASE_STUDIES.map((c) => ({ name: c.title, id: c.id, c })))(
    "$name: a Condition per diagnosis, a MedicationAdministration per injectate, claim lines as the engine coded them",
    ({ id, c }) => {
      const bundle = bundles.get(id)!;
      expect(bundle.type).toBe("document");
      expect(bundle.entry?.[0]?.resource?.resourceType).toBe("Composition");
      expect(of<Condition>(bundle, "Condition").map((x) => x.code?.coding?.[0]?.code)).toEqual(
        c.note.diagnoses,
      );
      const injectates = (c.note.procedure?.muscles ?? []).flatMap((m) => m.injectates ?? []);
      expect(of(bundle, "MedicationAdministration")).toHaveLength(injectates.length);
      const claim = of<Claim>(bundle, "Claim")[0]!;
      expect(
        claim.item?.map((i) => ({
          code: i.productOrService.coding?.[0]?.code,
          modifiers: (i.modifier ?? []).map((m) => m.coding?.[0]?.code),
          units: i.quantity?.value,
          diagnosisPointers: i.diagnosisSequence ?? [],
        })),
      ).toEqual(c.expected.lines.map((l) => ({ ...l })));
      for (const t of [
        "Patient",
        "Practitioner",
        "Encounter",
        "Consent",
        "Coverage",
        "DocumentReference",
      ]) {
        expect(of(bundle, t as Resource["resourceType"]), t).toHaveLength(1);
      }
    },
  );

  it("case study 2: the procedure carries 20553, date, sides, performer, outcome and note; doses in UCUM", () => {
    const bundle = bundles.get("case-2-shoulder-girdle")!;
    const [procedure] = of<Procedure>(bundle, "Procedure");
    expect(procedure?.code?.coding?.[0]).toEqual({
      system: "http://www.ama-assn.org/go/cpt",
      code: "20553",
    });
    expect(procedure?.performedDateTime).toBe("2026-11-20");
    expect(procedure?.bodySite?.map((b) => b.text)).toEqual([
      "Right infraspinatus",
      "Right teres minor",
      "Right rhomboid major",
    ]);
    expect(procedure?.performer?.[0]?.actor?.reference).toMatch(/^urn:uuid:/);
    expect(procedure?.outcome?.text).toMatch(/tolerated the procedure well/);
    expect(procedure?.note?.[0]?.text).toMatch(/^Skin prepped with chlorhexidine/);
    const doses = of<MedicationAdministration>(bundle, "MedicationAdministration").map(
      (m) => m.dosage?.dose,
    );
    expect(doses).toEqual([
      { value: 20, unit: "mg", code: "mg", system: "http://unitsofmeasure.org" },
      { value: 10, unit: "mg", code: "mg", system: "http://unitsofmeasure.org" },
      { value: 20, unit: "mg", code: "mg", system: "http://unitsofmeasure.org" },
    ]);
    const [doc] = of<DocumentReference>(bundle, "DocumentReference");
    const pdf = Buffer.from(doc?.content[0]?.attachment.data ?? "", "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it.each<{ name: string; broken: (b: Bundle) => Resource }>([
    {
      name: "a Condition without its required subject",
      broken: (b) => {
        const { subject: _subject, ...rest } = of<Condition>(b, "Condition")[0]!;
        return rest as Condition;
      },
    },
    {
      name: "a Claim with a use outside its required value set",
      broken: (b) => ({ ...of(b, "Claim")[0]!, use: "bill" }) as unknown as Resource,
    },
    {
      name: "a Patient with a gender outside its required value set",
      broken: (b) => ({ ...of(b, "Patient")[0]!, gender: "woman" }) as unknown as Resource,
    },
  ])("the validator catches a deliberately broken resource: $name", ({ broken }) => {
    const bundle = bundles.get("case-2-shoulder-girdle")!;
    expect(fhirErrors(broken(bundle)).length).toBeGreaterThan(0);
  });
});
