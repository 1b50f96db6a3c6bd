export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** fetch with a JSON body and an optional session cookie; the body is parsed when it is JSON. */
export async function call(
  baseUrl: string,
  path: string,
  init: {
    method?: string;
    cookie?: string;
    json?: unknown;
    rawBody?: string;
    contentType?: string;
  } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (init.cookie !== undefined) headers.cookie = init.cookie;
  let body: string | undefined;
  if (init.json !== undefined) body = JSON.stringify(init.json);
  if (init.rawBody !== undefined) body = init.rawBody;
  if (body !== undefined) headers["content-type"] = init.contentType ?? "application/json";
  const res = await fetch(`${baseUrl}${path}`, { method: init.method ?? "GET", headers, body });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: type.includes("json") && text !== "" ? JSON.parse(text) : undefined,
  };
}
