import { Icd10cmSliceSchema } from "@tpi/schemas";
import { request } from "./http";

/** The ICD-10-CM rows and Excludes1 notes the engine reads for these codes (GET /api/code-sets/icd10cm-slice). */
export function getIcd10cmSlice(codes: readonly string[]) {
  return request(
    "GET",
    `/api/code-sets/icd10cm-slice?codes=${encodeURIComponent(codes.join(","))}`,
    Icd10cmSliceSchema,
  );
}
