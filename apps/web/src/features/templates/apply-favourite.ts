import type { Note } from "@tpi/schemas";
import type { Favourite } from "./favourites.table";
import { freshRowId } from "../../shared/row-id";

/** The note allows at most this many muscle rows (ProcedureSchema). */
const MAX_ROWS = 60;

/**
 * Adds a favourite's rows to the note, each with a fresh rowId. Rows already in the note are never
 * touched; a muscle and side the note already has is skipped rather than added twice (a second row
 * would count its trigger points twice). The input note is not changed.
 */
export function applyFavourite(
  note: Note,
  favourite: Favourite,
  newRowId: () => string = freshRowId,
): Note {
  const present = new Set(note.procedure.muscles.map((r) => `${r.muscleId}|${r.side}`));
  const added = favourite.rows
    .filter((r) => !present.has(`${r.muscleId}|${r.side}`))
    .map((r) => ({
      ...r,
      injectates: r.injectates.map((i) => ({ ...i, concentration: { ...i.concentration } })),
      rowId: newRowId(),
    }));
  const room = Math.max(0, MAX_ROWS - note.procedure.muscles.length);
  return {
    ...note,
    procedure: { ...note.procedure, muscles: [...note.procedure.muscles, ...added.slice(0, room)] },
  };
}
