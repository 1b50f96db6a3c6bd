/**
 * A fresh row id. crypto.randomUUID exists only in secure contexts (https, localhost), so a clinic
 * server reached over plain http on the LAN falls back to getRandomValues, which exists everywhere.
 */
export function freshRowId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
