import type { QueryClient } from "@tanstack/react-query";
import {
  BUILT_IN_PAYER_PROFILES,
  CODE_SET_FILES,
  parseHcpcsTsv,
  parseMueTsv,
  parsePtpTsv,
} from "@tpi/coding";
import { payerProfilesQueryOptions } from "../../features/api/payer-profiles-list";
import { loadCodeSetSlicer, readCodeSetText } from "@tpi/codesets";
import type { Icd10cmSlice, Note } from "@tpi/schemas";
import type { BaseCodeSets } from "./load-code-sets";
import { baseCodeSetsQueryOptions, icd10cmSliceQueryOptions, sliceCodesFor } from "./use-code-sets";

// Tests only (Node): puts in a query client what the API would send for these notes, cut by the same
// slicer the API uses, so a component renders with codes at once.

let base: BaseCodeSets | undefined;

/** The slice the API answers for these codes. */
export function icd10cmSliceFor(codes: readonly string[]): Icd10cmSlice {
  const slice = loadCodeSetSlicer().icd10cm(codes);
  return {
    icd10cm: CODE_SET_FILES.icd10cm.map((f, i) => ({ file: f.file, tsv: slice.icd10cm[i]! })),
    excludes1: { file: CODE_SET_FILES.excludes1.file, tsv: slice.excludes1 },
  };
}

/** Seeds the base code sets, the ICD-10-CM slice of each note and the payer profiles, as if fetched. */
export function seedCodeSets(client: QueryClient, ...notes: Pick<Note, "diagnoses">[]): void {
  const slicer = loadCodeSetSlicer();
  base ??= {
    hcpcs: parseHcpcsTsv(slicer.hcpcs, CODE_SET_FILES.hcpcs.id),
    ptp: parsePtpTsv(slicer.ptp, CODE_SET_FILES.ptp.id),
    mue: parseMueTsv(readCodeSetText(CODE_SET_FILES.mue.file), CODE_SET_FILES.mue.id),
  };
  client.setQueryData(baseCodeSetsQueryOptions().queryKey, base);
  client.setQueryData(payerProfilesQueryOptions.queryKey, [...BUILT_IN_PAYER_PROFILES]);
  for (const note of notes) {
    const codes = sliceCodesFor(note);
    client.setQueryData(icd10cmSliceQueryOptions(codes).queryKey, icd10cmSliceFor(codes));
  }
}
