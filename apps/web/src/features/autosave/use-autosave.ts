import { useEffect, useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Note, NoteInput, NoteRecord } from "@tpi/schemas";
import { browserStorage } from "../../shared/local-drafts";
import {
  createAutosave,
  type Autosave,
  type AutosaveTransport,
  type AutosaveView,
} from "./autosave-controller";

type NoteForm = Pick<UseFormReturn<NoteInput, unknown, Note>, "getValues" | "reset" | "subscribe">;

type Options = {
  record: NoteRecord;
  userId: string | undefined;
  form: NoteForm;
  transport: AutosaveTransport;
  onSaved?: (record: NoteRecord) => void;
  /** A signed note is never saved: no controller runs. */
  enabled: boolean;
};

/**
 * The note editor's autosave: one controller per opened note, fed by the form's changes, the focus
 * leaving a field, the page being hidden and the browser coming back online. The component calling it
 * never re-renders because of it; read the state with `useAutosaveView`.
 */
export function useAutosave({
  record,
  userId,
  form,
  transport,
  onSaved,
  enabled,
}: Options): Autosave {
  const [autosave] = useState(() =>
    createAutosave({
      record,
      userId,
      transport,
      storage: browserStorage(),
      onSaved: (saved) => onSaved?.(saved),
      form: {
        getValues: () => form.getValues(),
        // What the note was when loaded stays the form's reference for "edited" marks.
        setValues: (values) => form.reset(values, { keepDefaultValues: true }),
      },
    }),
  );

  useEffect(() => {
    if (!enabled) return;
    autosave.start();
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => autosave.edited(),
    });
    const onHide = () => autosave.keepNow();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") autosave.keepNow();
    };
    const onOnline = () => autosave.saveNow();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("online", onOnline);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("online", onOnline);
      autosave.stop();
    };
  }, [autosave, form, enabled]);

  return autosave;
}

/** The save state as the user sees it; re-renders only when that changes. */
export function useAutosaveView(autosave: Autosave): AutosaveView {
  return useSyncExternalStore(autosave.subscribe, autosave.getView);
}
