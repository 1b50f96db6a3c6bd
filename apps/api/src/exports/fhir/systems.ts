/** Code systems and identifier systems the FHIR export uses (canonical URIs from HL7's terminology). */
export const SYSTEMS = {
  icd10cm: "http://hl7.org/fhir/sid/icd-10-cm",
  cpt: "http://www.ama-assn.org/go/cpt",
  hcpcs: "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
  npi: "http://hl7.org/fhir/sid/us-npi",
  loinc: "http://loinc.org",
  snomed: "http://snomed.info/sct",
  ucum: "http://unitsofmeasure.org",
  placeOfService:
    "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set",
  actCode: "http://terminology.hl7.org/CodeSystem/v3-ActCode",
  conditionClinical: "http://terminology.hl7.org/CodeSystem/condition-clinical",
  conditionVerification: "http://terminology.hl7.org/CodeSystem/condition-ver-status",
  conditionCategory: "http://terminology.hl7.org/CodeSystem/condition-category",
  consentScope: "http://terminology.hl7.org/CodeSystem/consentscope",
  claimType: "http://terminology.hl7.org/CodeSystem/claim-type",
  processPriority: "http://terminology.hl7.org/CodeSystem/processpriority",
  /** The clinic's own record numbers; a clinic replaces this with its assigning authority's URI. */
  mrn: "urn:tpi-note:mrn",
  /** mCODE's laterality qualifier: the side of a body site, as SNOMED CT. */
  lateralityExtension:
    "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier",
} as const;

/** SNOMED CT qualifiers for the side of the body. */
export const LATERALITY = {
  left: { code: "7771000", display: "Left" },
  right: { code: "24028007", display: "Right" },
  midline: { code: "260528009", display: "Median" },
} as const;

/** SNOMED CT: intramuscular route; LOINC 28570-0: procedure note; 59284-0: consent document. */
export const CODES = {
  intramuscular: { system: SYSTEMS.snomed, code: "78421000", display: "Intramuscular route" },
  procedureNote: { system: SYSTEMS.loinc, code: "28570-0", display: "Procedure note" },
  consentDocument: { system: SYSTEMS.loinc, code: "59284-0", display: "Consent Document" },
} as const;
