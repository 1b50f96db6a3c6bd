import { gzipSync } from "node:zlib";
import { CODE_SET_FILES } from "@tpi/coding";
import { loadCodeSetSlicer } from "@tpi/codesets";
import type { Icd10cmSlice } from "@tpi/schemas";

/** The code-set files the web app reads as engine subsets rather than whole (see engineSubset). */
export const ENGINE_SUBSET_FILES = [CODE_SET_FILES.hcpcs.file, CODE_SET_FILES.ptp.file] as const;
export type EngineSubsetFile = (typeof ENGINE_SUBSET_FILES)[number];

export interface CodeSetSlices {
  /** The ICD-10-CM rows (each code and everything under it, every fiscal year) and Excludes1 notes for these codes. */
  icd10cm(codes: readonly string[]): Icd10cmSlice;
  /** The gzipped TSV of a note-independent subset: the PTP pairs a TPI claim can hold, the HCPCS rows the engine reads. */
  engineSubset(file: EngineSubsetFile): Buffer;
}

/**
 * What the web app codes a note from instead of the whole code-set files (issue 10: the whole files
 * froze a tablet for seconds at every cold open), built when the app is created: the ICD-10-CM files
 * are indexed then, so a slice request reads a few categories, never the 13 MB files (issue 14: no
 * per-request work that grows with the code sets). @tpi/coding cuts the slices; its property test
 * shows the engine codes the same on them as on the whole files.
 */
export function buildCodeSetSlices(): CodeSetSlices {
  const slicer = loadCodeSetSlicer();
  const subsets: Record<EngineSubsetFile, Buffer> = {
    [CODE_SET_FILES.hcpcs.file]: gzipSync(slicer.hcpcs),
    [CODE_SET_FILES.ptp.file]: gzipSync(slicer.ptp),
  };
  return {
    icd10cm: (codes) => {
      const slice = slicer.icd10cm(codes);
      return {
        icd10cm: CODE_SET_FILES.icd10cm.map((f, i) => ({ file: f.file, tsv: slice.icd10cm[i]! })),
        excludes1: { file: CODE_SET_FILES.excludes1.file, tsv: slice.excludes1 },
      };
    },
    engineSubset: (file) => subsets[file],
  };
}
