import type { FieldErrors } from "react-hook-form";
import { friendlyMessage } from "./fields/friendly-message";

export type FlatError = { path: string; message: string };

/** react-hook-form's nested error tree as a list of (note path, message), in form order. */
export function flattenErrors(errors: FieldErrors, prefix = ""): FlatError[] {
  const out: FlatError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const node = value as { message?: unknown; type?: unknown };
    if (typeof node.message === "string" && typeof node.type === "string") {
      out.push({ path, message: friendlyMessage(node.message) });
    }
    out.push(...flattenErrors(value as FieldErrors, path));
  }
  return out;
}
