import { useCallback, useEffect, useRef, useState } from "react";
import { FormProvider, useFormContext, type FieldPath } from "react-hook-form";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "wouter";
import { EDITABLE_STATUSES, type NoteRecord, type NoteStatus } from "@tpi/schemas";
import { DiagnosisPicker } from "../../../features/diagnosis-picker";
import { getNote } from "../../../features/api/note-get";
import { getNoteProvenance } from "../../../features/api/note-provenance";
import { updateNote } from "../../../features/api/note-update";
import { usePatient } from "../../../features/api/patient-get";
import { usePayerProfiles } from "../../../features/api/payer-profiles-list";
import { queryKeys } from "../../../features/api/query-keys";
import { usePriorSessions } from "../../../features/api/prior-sessions";
import { useAutosave, useAutosaveView, type Autosave } from "../../../features/autosave";
import { focusField } from "../../../features/note-form/focus-field";
import type { NoteFormValues } from "../../../features/note-form/form-types";
import { ExportLinks, mayExport } from "../../../features/note-export";
import { NoteAnnotationsContext } from "../../../features/note-form/annotations/note-annotations";
import { NoteFormSections } from "../../../features/note-form/note-form-sections";
import { useNoteForm } from "../../../features/note-form/use-note-form";
import {
  mayEditNote,
  readOnlyNoteReason,
  sectionLockReason,
} from "../../../features/note-life/permissions";
import { SignRefusal, type BlockingItem } from "../../../features/note-life/sign-refusal";
import { statusLabel } from "../../../features/note-life/status-label";
import { CodingResultContext, createCodingResultStore } from "../../../shared/coding-result";
import { patientName } from "../../../shared/format";
import { dropDraft, browserStorage } from "../../../shared/local-drafts";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { useSignedInUser } from "../../signed-in-user";
import { ConflictResolver } from "./conflict-dialog";
import { EditorErrorSummary } from "./editor-form-state";
import { LeaveGuard } from "./leave-guard";
import { LivePanels } from "./live-panels";
import { MuscleTools } from "./muscle-tools";
import { NoteLifeActions } from "./note-life-actions";
import { AutosaveNoticeBanner, SaveProblem, SaveStatusText } from "./save-status";
import { useEditorAnnotations } from "./use-editor-annotations";
import "./autosave.css";

export function NoteEditor({ record }: { record: NoteRecord }) {
  const form = useNoteForm(record.note);
  // The code panel's result, shared with the form's injectate rows (one source for codes and units).
  const [codingResult] = useState(createCodingResultStore);
  const [showSummary, setShowSummary] = useState(false);
  const queryClient = useQueryClient();
  const patient = usePatient(record.patientId);
  const me = useSignedInUser();
  const payerProfiles = usePayerProfiles();
  const priorSessions = usePriorSessions(record.id);
  const [blocking, setBlocking] = useState<BlockingItem[]>([]);
  const [lifeError, setLifeError] = useState<unknown>(null);
  // The role decides what is open: the whole note (physician), some sections (assistant), nothing.
  const canEdit = mayEditNote(me, record.status);
  const readOnly = !canEdit || !EDITABLE_STATUSES.includes(record.status);
  const sectionLock = useCallback(
    (section: string) => (readOnly ? null : sectionLockReason(me, section)),
    [me, readOnly],
  );
  const annotations = useEditorAnnotations(
    record,
    me.id,
    sectionLock,
    priorSessions.data?.fromRecord,
  );
  useDocumentTitle(
    `Note ${record.note.dateOfService}${patient.data ? ` · ${patientName(patient.data)}` : ""}`,
  );

  // The last record the server acknowledged: the note cache gets it when the editor closes, so the
  // note reopens as saved. Not on every save: the page above would re-render the whole form.
  const lastSaved = useRef<NoteRecord | null>(null);
  const autosave = useAutosave({
    record,
    userId: me.id,
    form,
    enabled: !readOnly,
    transport: {
      save: (version, note) => updateNote(record.id, { version, note }),
      load: () => getNote(record.id),
      provenance: () => getNoteProvenance(record.id),
    },
    onSaved: (saved) => {
      lastSaved.current = saved;
      setShowSummary(false);
      void queryClient.invalidateQueries({ queryKey: queryKeys.patientNotes(saved.patientId) });
      // The save may have made this user the last author of some sections.
      void queryClient.invalidateQueries({ queryKey: queryKeys.noteProvenance(saved.id) });
    },
  });
  useEffect(
    () => () => {
      const last = lastSaved.current;
      if (!last) return;
      // A hand-over, signing or discard put a newer record in the cache (the editor closes because
      // of it): the last autosave must not bring the draft back over it.
      const cached = queryClient.getQueryData<NoteRecord>(queryKeys.note(record.id));
      if (cached && (cached.version > last.version || !EDITABLE_STATUSES.includes(cached.status))) {
        return;
      }
      queryClient.setQueryData(queryKeys.note(record.id), last);
    },
    [queryClient, record.id],
  );

  const showErrorSummary = useCallback(() => setShowSummary(true), []);

  /** Save now; if a field keeps the note from being valid, show which. */
  const save = useCallback(() => {
    autosave.saveNow();
    void form.trigger().then((valid) => {
      if (!valid) setShowSummary(true);
    });
  }, [autosave, form]);

  // Hand-over, signing and discarding act on the note as it is on screen: everything typed reaches
  // the server first, and the action names the version that holds it.
  const saveForAction = useCallback(async (): Promise<number | null> => {
    setLifeError(null);
    if (await autosave.flush()) return autosave.getView().version;
    void form.trigger().then((valid) => {
      if (!valid) setShowSummary(true);
    });
    return null;
  }, [autosave, form]);

  /** After a refusal that cannot be undone (signed): the note as the server has it. */
  const showLatest = useCallback(() => {
    const storage = browserStorage();
    if (storage) dropDraft(storage, me.id, record.id);
    queryClient.removeQueries({ queryKey: queryKeys.note(record.id), exact: true });
    window.location.reload();
  }, [me.id, queryClient, record.id]);

  // Ctrl+S / Cmd+S saves instead of opening the browser's "save page" dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        if (!readOnly) save();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [save, readOnly]);

  return (
    <FormProvider {...form}>
      <CodingResultContext.Provider value={codingResult}>
        <div className="editor">
          <div className="editor-bar">
            <div className="editor-title">
              <p className="breadcrumb">
                <Link href="/patients">Patients</Link>
                {patient.data ? (
                  <>
                    {" / "}
                    <Link href={`/patients/${encodeURIComponent(patient.data.id)}`}>
                      {patientName(patient.data)}
                    </Link>
                  </>
                ) : null}
              </p>
              <h1>Trigger point injection note</h1>
            </div>
            <div className="editor-actions">
              <VersionBadge autosave={autosave} status={record.status} />
              {canEdit ? (
                <>
                  <SaveStatusText autosave={autosave} readOnly={readOnly} />
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={save}
                    disabled={readOnly}
                    aria-keyshortcuts="Control+S"
                  >
                    Save <kbd>Ctrl S</kbd>
                  </button>
                </>
              ) : null}
              <NoteLifeActions
                noteId={record.id}
                me={me}
                status={record.status}
                saveNow={saveForAction}
                onRecord={() => setBlocking([])}
                onBlocked={setBlocking}
                onError={setLifeError}
              />
            </div>
          </div>
          {mayExport(me.role, record.status) ? <ExportLinks noteId={record.id} /> : null}

          {readOnly ? null : (
            <>
              <LeaveGuard autosave={autosave} />
              <AutosaveNoticeBanner autosave={autosave} />
              <ConflictResolver autosave={autosave} />
              <SaveProblem autosave={autosave} onShowLatest={showLatest} />
              <ServerFieldErrors autosave={autosave} onShown={showErrorSummary} />
            </>
          )}
          <EditorErrorSummary visible={showSummary} />
          {lifeError ? <ErrorMessage error={lifeError} title="That did not go through" /> : null}
          {blocking.length > 0 ? <SignRefusal items={blocking} onJumpToField={focusField} /> : null}
          {readOnly ? (
            <p className="alert alert-info read-only-reason">
              {readOnlyNoteReason(me.role, record.status)}
            </p>
          ) : null}

          <div className="editor-layout">
            <form
              className="note-form"
              aria-label="Trigger point injection note"
              noValidate
              onKeyDown={(e) => {
                // Enter in a text box (a combobox with no match, a number) must not save the note by
                // implicit form submission; saving is the Save button or Ctrl+S.
                if (e.key === "Enter" && e.target instanceof HTMLInputElement) e.preventDefault();
              }}
              onSubmit={(e) => {
                e.preventDefault();
                save();
              }}
              // Leaving a field saves what it holds now rather than after the pause.
              onBlur={readOnly ? undefined : () => autosave.fieldLeft()}
            >
              <fieldset disabled={readOnly} className="form-fieldset">
                <legend className="visually-hidden">Note fields</legend>
                <NoteAnnotationsContext.Provider value={annotations}>
                  <NoteFormSections
                    diagnosisInput={DiagnosisPicker}
                    payerProfiles={payerProfiles.data}
                    muscleTools={MuscleTools}
                  />
                </NoteAnnotationsContext.Provider>
              </fieldset>
              {!readOnly ? (
                <div className="form-footer">
                  <button type="submit" className="button button-primary">
                    Save note
                  </button>
                </div>
              ) : null}
            </form>
            <div className="editor-side">
              <LivePanels
                form={form}
                initial={record.note}
                onJumpToField={focusField}
                recordPriorSessions={priorSessions.data?.fromRecord}
              />
            </div>
          </div>
        </div>
      </CodingResultContext.Provider>
    </FormProvider>
  );
}

/** "Draft · v3": the version the next save builds on. */
function VersionBadge({ autosave, status }: { autosave: Autosave; status: NoteStatus }) {
  const { version } = useAutosaveView(autosave);
  return (
    <span className={`status status-${status}`}>
      {statusLabel(status)} · v{version}
    </span>
  );
}

/** A 400 from the server: its field paths marked on the form, and the summary shown. */
function ServerFieldErrors({ autosave, onShown }: { autosave: Autosave; onShown: () => void }) {
  const { status } = useAutosaveView(autosave);
  const form = useFormContext<NoteFormValues>();
  const refusal = status.kind === "refused" ? status.refusal : null;
  useEffect(() => {
    if (refusal?.kind !== "invalid" || refusal.fieldErrors.length === 0) return;
    for (const { path, message } of refusal.fieldErrors) {
      const fieldPath = path
        .replace(/^note\./, "")
        .replace(/^\//, "")
        .replace(/\//g, ".");
      form.setError(fieldPath as FieldPath<NoteFormValues>, { type: "server", message });
    }
    onShown();
  }, [refusal, form, onShown]);
  return null;
}
