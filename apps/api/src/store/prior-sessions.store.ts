import { NoteSchema, SIGNED_STATUSES, type RecordPriorSession } from "@tpi/schemas";
import type { Db } from "../db/connect.js";

/**
 * The patient's earlier signed TPI notes as prior sessions, oldest first: date, muscles and sides
 * (each pair once), the pain scale and the score before. Relief is documented at the next visit
 * (a session on that date in a later note's priorSessions, see mergePriorSessions), so a later signed
 * note's entry for the date fills it here too. Notes without a muscle row were no TPI session.
 */
export async function priorSessionsFromRecord(
  db: Db,
  patientId: string,
  beforeDate: string,
  excludeNoteId: string,
): Promise<RecordPriorSession[]> {
  const rows = await db.kysely
    .selectFrom("notes")
    .select(["id", "note_json", "date_of_service"])
    .where("patient_id", "=", patientId)
    .where("status", "in", [...SIGNED_STATUSES])
    .where("id", "!=", excludeNoteId)
    .orderBy("date_of_service")
    .orderBy("signed_at")
    .execute();
  const notes = rows.map((r) => ({ id: r.id, note: NoteSchema.parse(JSON.parse(r.note_json)) }));
  const sessions: RecordPriorSession[] = [];
  for (const { id, note } of notes) {
    if (note.dateOfService >= beforeDate || note.procedure.muscles.length === 0) continue;
    const pairs = new Map<string, { muscleId: string; side: "left" | "right" | "midline" }>();
    for (const row of note.procedure.muscles) {
      pairs.set(`${row.muscleId}|${row.side}`, { muscleId: row.muscleId, side: row.side });
    }
    const documented = notes
      .filter((n) => n.note.dateOfService > note.dateOfService)
      .flatMap((n) => n.note.priorSessions.filter((p) => p.date === note.dateOfService))
      .find((p) => p.reliefPercent !== null);
    sessions.push({
      noteId: id,
      session: {
        date: note.dateOfService,
        muscles: [...pairs.values()],
        painScale: note.history.painScale,
        painScoreBefore: note.history.painScoreBefore,
        reliefPercent: documented?.reliefPercent ?? null,
        reliefDurationWeeks: documented?.reliefDurationWeeks ?? null,
      },
    });
  }
  return sessions;
}
