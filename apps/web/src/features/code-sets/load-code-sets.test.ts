import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { CODE_SET_FILES } from "@tpi/coding";
import { loadCodeSetSlicer, readCodeSetText } from "@tpi/codesets";
import { icd10cmSliceFor } from "./code-sets.test-support";
import { fetchCodeSetText, isGzip } from "./fetch-code-set-text";
import { codeSetsWithSlice, loadBaseCodeSets } from "./load-code-sets";

/** Answers /api/code-sets/... as the API does (same slicer), with or without decoding the gzip. */
function serveAsApi(mode: "raw-gzip" | "decoded"): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = [];
  const slicer = loadCodeSetSlicer();
  const subsets: Record<string, string> = {
    [CODE_SET_FILES.hcpcs.file]: slicer.hcpcs,
    [CODE_SET_FILES.ptp.file]: slicer.ptp,
  };
  const handler = (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const path = url.replace(/^\/api\/code-sets\//, "");
    requested.push(decodeURIComponent(path));
    const subset = /^engine-subset\/(.+)$/.exec(path);
    let text: string | undefined;
    if (subset?.[1]) text = subsets[decodeURIComponent(subset[1])];
    else if (decodeURIComponent(path) === CODE_SET_FILES.mue.file) {
      text = readCodeSetText(CODE_SET_FILES.mue.file);
    }
    if (text === undefined) return Promise.resolve(new Response("not found", { status: 404 }));
    return Promise.resolve(
      new Response(mode === "raw-gzip" ? new Uint8Array(gzipSync(text)) : text),
    );
  };
  return { fetch: handler, requested };
}

describe("code sets in the browser", () => {
  it.each([
    { name: "raw gzip bytes (Content-Encoding dropped)", mode: "raw-gzip" as const },
    { name: "text already decoded by the browser", mode: "decoded" as const },
  ])("loads the engine subsets and a note's ICD-10-CM slice: $name", async ({ mode }) => {
    const server = serveAsApi(mode);
    const base = await loadBaseCodeSets((path) => fetchCodeSetText(path, server.fetch));
    // Never a whole ICD-10-CM file, never the index terms (the server's search uses those).
    expect(server.requested.sort()).toEqual([
      "engine-subset/hcpcs-2026.tsv.gz",
      "engine-subset/ncci-ptp-subset.tsv.gz",
      "mue-subset.tsv.gz",
    ]);
    const sets = codeSetsWithSlice(base, icd10cmSliceFor(["M79.1", "M54.2"]));
    expect(sets.icd10cm.map((s) => s.id)).toEqual(["FY2026", "FY2027"]);
    expect(sets.icd10cm[1]?.get("M79.18")?.billable).toBe(true);
    expect(sets.icd10cm[1]?.get("M79.1")?.billable).toBe(false);
    expect(sets.icd10cm[1]?.billableChildren("M79.1").map((e) => e.code)).toContain("M79.18");
    expect(sets.hcpcs.get("J2003")?.kind).toBe("code");
    expect(sets.ptp.find("20552", "20553")?.modifierIndicator).toBe(0);
    expect(sets.mue.get("20552")?.value).toBeGreaterThan(0);
  });

  it("a slice without a fiscal year's rows is refused, not coded as if every code were invalid", () => {
    const slice = icd10cmSliceFor(["M79.18"]);
    expect(() =>
      codeSetsWithSlice(
        {
          hcpcs: { id: "", get: () => undefined },
          ptp: { id: "", find: () => undefined },
          mue: { id: "", get: () => undefined },
        },
        { ...slice, icd10cm: slice.icd10cm.slice(1) },
      ),
    ).toThrow(/icd10cm-2026/);
  });

  it("reports a failed download with the file name and status", async () => {
    const failing = () => Promise.resolve(new Response("nope", { status: 503 }));
    await expect(fetchCodeSetText("hcpcs-2026.tsv.gz", failing)).rejects.toThrow(/hcpcs-2026.*503/);
  });

  it.each([
    { name: "gzip magic", bytes: [0x1f, 0x8b, 0x08], gzip: true },
    { name: "plain text", bytes: [0x63, 0x6f, 0x64], gzip: false },
    { name: "one byte", bytes: [0x1f], gzip: false },
  ])("recognises $name", ({ bytes, gzip }) => {
    expect(isGzip(new Uint8Array(bytes))).toBe(gzip);
  });
});
