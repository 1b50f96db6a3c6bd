import type { ZodMiniType, output } from "zod/mini";
import { ProblemSchema } from "@tpi/schemas";
import { ProblemError } from "./problem-error";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The one place the web app talks HTTP. Every response body is parsed with the shared schema; a body
 * that does not match is reported as a problem instead of flowing on unchecked.
 */
export async function request<S extends ZodMiniType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<output<S>> {
  const response = await send(method, path, body);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ProblemError({
      type: "about:blank#unexpected-response",
      title: "The server sent a response this app does not understand",
      status: response.status,
      detail: `${method} ${path}: ${parsed.error.issues[0]?.message ?? "invalid body"}`,
    });
  }
  return parsed.data;
}

/** For operations whose success carries no body we need (sign-out). */
export async function requestNoContent(
  method: Method,
  path: string,
  body?: unknown,
): Promise<void> {
  await send(method, path, body);
}

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: {
        Accept: "application/json, application/problem+json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ProblemError({
      type: "about:blank#network",
      title: "Cannot reach the server. Check the connection and try again.",
      status: 0,
    });
  }
  if (!response.ok) throw await problemFrom(response);
  return response;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function problemFrom(response: Response): Promise<ProblemError> {
  const parsed = ProblemSchema.safeParse(await readJson(response));
  if (parsed.success) return new ProblemError(parsed.data);
  return new ProblemError({
    type: "about:blank",
    title: response.statusText || `Request failed (${response.status})`,
    status: response.status,
  });
}
