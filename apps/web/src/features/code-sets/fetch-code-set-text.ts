/**
 * Fetches one code-set file from the API as text. The API sends the gzipped file with
 * `Content-Encoding: gzip`, so the browser normally hands us text already; a proxy or server that
 * drops the header leaves raw gzip bytes, which we recognise by their magic number and inflate here.
 */
export async function fetchCodeSetText(
  file: string,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<string> {
  const response = await fetchImpl(`/api/code-sets/${encodeURIComponent(file)}`, {
    signal: signal ?? null,
    credentials: "same-origin",
  });
  if (!response.ok) {
    throw new Error(`Code set ${file}: the server answered ${response.status}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return isGzip(bytes) ? gunzipToText(bytes) : new TextDecoder().decode(bytes);
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzipToText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}
