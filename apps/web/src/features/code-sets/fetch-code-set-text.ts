/**
 * Fetches one code-set text from the API: `path` is relative to /api/code-sets/ and already
 * URL-encoded (see codeSetFilePath, engineSubsetPath). The API sends gzipped TSV with
 * `Content-Encoding: gzip`, so the browser normally hands us text already; a proxy or server that
 * drops the header leaves raw gzip bytes, which we recognise by their magic number and inflate here.
 */
export async function fetchCodeSetText(
  path: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<string> {
  const response = await fetchImpl(`/api/code-sets/${path}`, {
    signal: signal ?? null,
    credentials: "same-origin",
  });
  if (!response.ok) {
    throw new Error(`Code set ${decodeURIComponent(path)}: the server answered ${response.status}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return isGzip(bytes) ? gunzipToText(bytes) : new TextDecoder().decode(bytes);
}

/** A whole code-set file, by its name in CODE_SET_FILES. */
export const codeSetFilePath = (file: string) => encodeURIComponent(file);
/** The engine's note-independent subset of a file (the PTP pairs and HCPCS rows a TPI claim can hold). */
export const engineSubsetPath = (file: string) => `engine-subset/${encodeURIComponent(file)}`;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzipToText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
