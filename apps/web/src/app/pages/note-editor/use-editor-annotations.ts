import { useCallback, useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { NoteRecord } from "@tpi/schemas";
import { noteQueryOptions } from "../../../features/api/note-get";
import { queryKeys } from "../../../features/api/query-keys";
import type { NoteAnnotations } from "../../../features/note-form/annotations/note-annotations";
import { useCarriedPaths } from "../../../features/note-form/annotations/use-carried-paths";

/**
 * The editor's annotations: copy-forward marks (from the stored record, so they survive a reload;
 * an edited path drops its mark for this session) and "Pre-filled by" badges for sections whose
 * last author is someone other than the signed-in user (a save invalidates them: useUpdateNote).
 */
export function useEditorAnnotations(
  record: NoteRecord,
  currentUserId: string | undefined,
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
    () => ({ carriedPaths, carriedText, dismissCarried, sectionBadge }),
    [carriedPaths, carriedText, dismissCarried, sectionBadge],
  );
}
