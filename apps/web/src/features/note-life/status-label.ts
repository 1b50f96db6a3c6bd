import type { NoteStatus } from "@tpi/schemas";

const LABELS: Record<NoteStatus, string> = {
  draft: "Draft",
  "ready-for-physician": "Ready for physician",
  signed: "Signed",
  coded: "Coded",
  discarded: "Discarded",
};

/** The status as the clinic says it, for badges and tables. */
export function statusLabel(status: NoteStatus): string {
  return LABELS[status];
}
