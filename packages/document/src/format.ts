/**
 * Timestamps as the document prints them: "2026-11-20 16:05 UTC". Always UTC and never the reader's
 * locale, so the server's PDF, the browser's print view and the text export print the same string.
 */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(date.toISOString());
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** "A" for pointer 1, "B" for 2 ... (claim diagnosis pointers). */
export function pointerLetter(pointer: number): string {
  return String.fromCharCode(64 + pointer);
}
