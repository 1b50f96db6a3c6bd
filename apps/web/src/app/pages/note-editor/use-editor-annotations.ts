import { useCallback, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { NoteRecord, RecordPriorSession } from "@tpi/schemas";
import { noteQueryOptions } from "../../../features/api/note-get";
import { queryKeys } from "../../../features/api/query-keys";
import type { NoteAnnotations } from "../../../features/note-form/annotations/note-annotations";
import { useCarriedPaths } from "../../../features/note-form/annotations/use-carried-paths";

/**
 * The editor's annotations: copy-forward marks (from the stored record, so they survive a reload;
 * an edited path drops its mark for this session), "Pre-filled by" badges for sections whose
 * last author is someone other than the signed-in user (a save invalidates them: useUpdateNote),
 * the sections this user's role leaves read-only, and the prior sessions from the record.
 */
export function useEditorAnnotations(
  record: NoteRecord,
  currentUserId: string | undefined,
  sectionLock: (sectionPath: string) => string | null = NO_LOCK,
  recordPriorSessions: readonly RecordPriorSession[] = NO_SESSIONS,
): NoteAnnotations {
  const carried = record.carriedForward;
  const source = useQuery({ ...noteQueryOptions(carried?.fromNoteId ?? ""), enabled: !!carried });
  // Without knowing who is signed in, "someone else" cannot be told apart: no badges until then.
  const badges = useQuery({
    queryKey: [...queryKeys.noteProvenance(record.id), currentUserId],
    queryFn: () =>
      import("./section-badges").then((m) => m.loadSectionBadges(record.id, currentUserId ?? "")),
    enabled: currentUserId !== undefined,
  }).data;

  const { carriedPaths, dismissCarried } = useCarriedPaths(carried?.paths);
  const fromDate = source.data?.note.dateOfService;
  const carriedText = `Carried over from ${fromDate ?? "the last note"} — check`;
  const sectionBadge = useCallback((path: string) => badges?.[path] ?? null, [badges]);
  return useMemo(
    () => ({
      carriedPaths,
      carriedText,
      dismissCarried,
      sectionBadge,
      sectionLock,
      recordPriorSessions,
    }),
    [carriedPaths, carriedText, dismissCarried, sectionBadge, sectionLock, recordPriorSessions],
  );
}

const NO_LOCK = () => null;
const NO_SESSIONS: readonly RecordPriorSession[] = [];
