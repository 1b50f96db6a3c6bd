import { useCallback, useEffect, useState } from "react";
import { FormProvider, type FieldPath } from "react-hook-form";
import { Link } from "wouter";
import { EDITABLE_STATUSES, type Note, type NoteRecord } from "@tpi/schemas";
import { DiagnosisPicker } from "../../../features/diagnosis-picker";
import { getNote } from "../../../features/api/note-get";
import { useUpdateNote } from "../../../features/api/note-update";
import { usePatient } from "../../../features/api/patient-get";
import { usePayerProfiles } from "../../../features/api/payer-profiles-list";
import { usePriorSessions } from "../../../features/api/prior-sessions";
import { isProblemError } from "../../../features/api/problem-error";
import { focusField } from "../../../features/note-form/focus-field";
import type { NoteFormValues } from "../../../features/note-form/form-types";
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
import { patientName } from "../../../shared/format";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { useSignedInUser } from "../../signed-in-user";
import { ConflictNotice, type Conflict } from "./conflict-notice";
import { EditorErrorSummary, SaveState, UnsavedGuard } from "./editor-form-state";
import { LivePanels } from "./live-panels";
import { MuscleTools } from "./muscle-tools";
import { NoteLifeActions } from "./note-life-actions";
import { useEditorAnnotations } from "./use-editor-annotations";

export function NoteEditor({ record }: { record: NoteRecord }) {
  const form = useNoteForm(record.note);
  const [version, setVersion] = useState(record.version);
  const [status, setStatus] = useState(record.status);
  const [lastSavedAt, setLastSavedAt] = useState(record.updatedAt);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [showSummary, setShowSummary] = useState(false);
  const [busy, setBusy] = useState(false);
  const [blocking, setBlocking] = useState<BlockingItem[]>([]);
  const update = useUpdateNote(record.id);
  const patient = usePatient(record.patientId);
  const me = useSignedInUser();
  const payerProfiles = usePayerProfiles();
  const priorSessions = usePriorSessions(record.id);
  // The role decides what is open: the whole note (physician), some sections (assistant), nothing.
  const canEdit = mayEditNote(me, status);
  const readOnly = !canEdit || !EDITABLE_STATUSES.includes(status);
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

  const write = useCallback(
    async (note: Note, baseVersion: number): Promise<number | null> => {
      setBusy(true);
      setSaveError(null);
      try {
        const saved = await update.mutateAsync({ version: baseVersion, note });
        setVersion(saved.version);
        setLastSavedAt(saved.updatedAt);
        setConflict(null);
        setShowSummary(false);
        // The saved note becomes the new baseline; anything typed while the request ran stays dirty.
        form.reset(saved.note, { keepValues: true });
        return saved.version;
      } catch (error) {
        if (isProblemError(error, 409)) {
          const latest = await getNote(record.id).catch(() => null);
          if (latest) {
            setConflict({
              kind: EDITABLE_STATUSES.includes(latest.status) ? "stale" : "signed",
              latest,
            });
          } else setSaveError(error);
        } else if (isProblemError(error) && error.fieldErrors.length > 0) {
          for (const { path, message } of error.fieldErrors) {
            const fieldPath = path
              .replace(/^note\./, "")
              .replace(/^\//, "")
              .replace(/\//g, ".");
            form.setError(fieldPath as FieldPath<NoteFormValues>, { type: "server", message });
          }
          setShowSummary(true);
        } else {
          setSaveError(error);
        }
      } finally {
        setBusy(false);
      }
      return null;
    },
    [form, record.id, update],
  );

  // Hand-over, signing and discarding act on the note as it is on screen: save it first if it changed.
  const saveNow = useCallback(
    (): Promise<number | null> =>
      new Promise((resolve) => {
        if (!form.formState.isDirty) {
          resolve(version);
          return;
        }
        void form.handleSubmit(
          async (note) => resolve(await write(note, version)),
          () => {
            setShowSummary(true);
            resolve(null);
          },
        )();
      }),
    [form, version, write],
  );

  const onRecord = useCallback((next: NoteRecord) => {
    setVersion(next.version);
    setStatus(next.status);
    setLastSavedAt(next.updatedAt);
    setBlocking([]);
  }, []);

  const save = useCallback(
    () =>
      form.handleSubmit(
        (note) => write(note, version),
        () => setShowSummary(true),
      )(),
    [form, version, write],
  );

  const keepMine = () => {
    if (!conflict) return;
    const base = conflict.latest.version;
    void form.handleSubmit(
      (note) => write(note, base),
      () => setShowSummary(true),
    )();
  };

  const loadTheirs = () => {
    if (!conflict) return;
    const { latest } = conflict;
    form.reset(latest.note);
    setVersion(latest.version);
    setStatus(latest.status);
    setLastSavedAt(latest.updatedAt);
    setConflict(null);
  };

  // Ctrl+S / Cmd+S saves instead of opening the browser's "save page" dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        if (!readOnly && !busy) void save();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [save, readOnly, busy]);

  return (
    <FormProvider {...form}>
      <UnsavedGuard readOnly={readOnly} />
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
            <span className={`status status-${status}`}>
              {statusLabel(status)} · v{version}
            </span>
            {canEdit ? (
              <>
                <SaveState readOnly={readOnly} busy={busy} lastSavedAt={lastSavedAt} />
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void save()}
                  disabled={readOnly || busy}
                  aria-keyshortcuts="Control+S"
                >
                  Save <kbd>Ctrl S</kbd>
                </button>
              </>
            ) : null}
            <NoteLifeActions
              noteId={record.id}
              me={me}
              status={status}
              saveNow={saveNow}
              onRecord={onRecord}
              onBlocked={setBlocking}
              onError={setSaveError}
            />
          </div>
        </div>

        {conflict ? (
          <ConflictNotice
            conflict={conflict}
            currentUserId={me.id}
            busy={busy}
            onKeepMine={keepMine}
            onLoadTheirs={loadTheirs}
            onDismiss={() => setConflict(null)}
          />
        ) : null}
        {saveError ? (
          isProblemError(saveError, 401) ? (
            <div className="alert alert-error" role="alert">
              <p className="alert-title">Your session has ended; the note was not saved</p>
              <p>
                Your changes are still here.{" "}
                <a href="/sign-in" target="_blank" rel="noreferrer">
                  Sign in again in a new tab
                </a>
                , then come back and press Save.
              </p>
            </div>
          ) : (
            <ErrorMessage
              error={saveError}
              title="The note was not saved. Your changes are still here."
            />
          )
        ) : null}
        <EditorErrorSummary visible={showSummary} />
        {blocking.length > 0 ? <SignRefusal items={blocking} onJumpToField={focusField} /> : null}
        {readOnly && !conflict ? (
          <p className="alert alert-info read-only-reason">{readOnlyNoteReason(me.role, status)}</p>
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
              void save();
            }}
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
                <button type="submit" className="button button-primary" disabled={busy}>
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
    </FormProvider>
  );
}
