import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fetchCodeSetText, isGzip } from "./fetch-code-set-text";
import { loadCodeSets } from "./load-code-sets";

const dataDir = resolve(import.meta.dirname, "../../../../../packages/codesets/data") + "/";

/** Serves the real code-set files the way a server would, with or without decoding the gzip. */
function serveFiles(mode: "raw-gzip" | "decoded"): { fetch: typeof fetch; requested: string[] } {
  const requested: string[] = [];
  const handler = async (input: RequestInfo | URL): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const match = /^\/api\/code-sets\/(.+)$/.exec(url);
    if (!match?.[1]) return new Response("not found", { status: 404 });
    const file = decodeURIComponent(match[1]);
    requested.push(file);
    const gz = await readFile(dataDir + file).catch(() => null);
    if (!gz) return new Response("not found", { status: 404 });
    if (mode === "raw-gzip") return new Response(new Uint8Array(gz));
    const text = await new Response(
      new Blob([new Uint8Array(gz)]).stream().pipeThrough(new DecompressionStream("gzip")),
    ).text();
    return new Response(text);
  };
  return { fetch: handler, requested };
}

describe("code sets in the browser", () => {
  it.each([
    { name: "raw gzip bytes (Content-Encoding dropped)", mode: "raw-gzip" as const },
    { name: "text already decoded by the browser", mode: "decoded" as const },
  ])(
    "loads and parses the real files: $name",
    async ({ mode }) => {
      const server = serveFiles(mode);
      const sets = await loadCodeSets((file) => fetchCodeSetText(file, server.fetch));
      // The engine's sets only: the index-term subset is the server's business.
      expect(server.requested.some((f) => f.includes("terms"))).toBe(false);
      expect(sets.icd10cm.map((s) => s.id)).toEqual(["FY2026", "FY2027"]);
      expect(sets.icd10cm[1]?.get("M79.18")?.billable).toBe(true);
      expect(sets.icd10cm[1]?.get("M79.1")?.billable).toBe(false);
      expect(sets.hcpcs.get("J2001")?.kind).toBe("code");
      expect(sets.mue.get("20552")?.value).toBeGreaterThan(0);
    },
    30_000,
  );

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
