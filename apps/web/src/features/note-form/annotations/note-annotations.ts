import { createContext, useContext } from "react";
import type { RecordPriorSession } from "@tpi/schemas";

/**
 * What the editor knows about the note beyond its values: which paths copy-forward filled (and the
 * user has not touched yet), and who else last wrote each section. The app fills it in; fields and
 * sections only read it, so the form stays usable (and testable) without it.
 */
export interface NoteAnnotations {
  /** Paths carried over from the last note that are still unchecked in this session. */
  readonly carriedPaths: ReadonlySet<string>;
  /** "Carried over from 2026-11-12 — check" */
  readonly carriedText: string;
  /** Called once a carried path was edited: its mark goes away for the rest of the session. */
  readonly dismissCarried: (path: string) => void;
  /** The badge for a section heading (e.g. "Pre-filled by …, 10:42"), or null. */
  readonly sectionBadge: (sectionPath: string) => string | null;
  /**
   * Why the signed-in user may not change a section ("Completed by the physician"), or null when they
   * may. A locked section is shown with its values but no usable control, and says why.
   */
  readonly sectionLock: (sectionPath: string) => string | null;
  /** The patient's earlier signed TPI notes as prior sessions (read-only; the engine counts them). */
  readonly recordPriorSessions: readonly RecordPriorSession[];
}

export const NO_ANNOTATIONS: NoteAnnotations = {
  carriedPaths: new Set(),
  carriedText: "",
  dismissCarried: () => undefined,
  sectionBadge: () => null,
  sectionLock: () => null,
  recordPriorSessions: [],
};

export const NoteAnnotationsContext = createContext<NoteAnnotations>(NO_ANNOTATIONS);

export function useNoteAnnotations(): NoteAnnotations {
  return useContext(NoteAnnotationsContext);
}
