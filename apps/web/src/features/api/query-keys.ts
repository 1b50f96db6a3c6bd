/** Query keys in one place so a write can invalidate exactly what it changed. */
export const queryKeys = {
  session: ["session"] as const,
  patients: ["patients"] as const,
  patient: (id: string) => ["patients", id] as const,
  patientNotes: (id: string) => ["patients", id, "notes"] as const,
  note: (id: string) => ["notes", id] as const,
  noteProvenance: (id: string) => ["notes", id, "provenance"] as const,
  noteDocument: (id: string) => ["notes", id, "document"] as const,
  notePriorSessions: (id: string) => ["notes", id, "prior-sessions"] as const,
  worklists: ["worklists"] as const,
};
