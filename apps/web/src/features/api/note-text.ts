import { ProblemError } from "./problem-error";

/** GET /api/notes/:id/text: the note as plain text for another EHR (78 columns). */
export async function getNoteText(id: string): Promise<string> {
  const response = await fetch(`/api/notes/${encodeURIComponent(id)}/text`, {
    credentials: "same-origin",
    headers: { Accept: "text/plain, application/problem+json" },
  });
  if (!response.ok) {
    throw new ProblemError({
      type: "about:blank",
      title: `The note's text could not be loaded (${response.status})`,
      status: response.status,
    });
  }
  return response.text();
}
