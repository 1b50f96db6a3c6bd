import { useCallback, useEffect, useState } from "react";
import { FormProvider, type FieldPath } from "react-hook-form";
import { Link } from "wouter";
import type { Note, NoteRecord } from "@tpi/schemas";
import { DiagnosisPicker } from "../../../features/diagnosis-picker";
import { getNote } from "../../../features/api/note-get";
import { useUpdateNote } from "../../../features/api/note-update";
import { usePatient } from "../../../features/api/patient-get";
import { usePayerProfiles } from "../../../features/api/payer-profiles-list";
import { useMe } from "../../../features/api/session-me";
import { isProblemError } from "../../../features/api/problem-error";
import { focusField } from "../../../features/note-form/focus-field";
import type { NoteFormValues } from "../../../features/note-form/form-types";
import { ExportLinks, mayExport } from "../../../features/note-export";
import { NoteAnnotationsContext } from "../../../features/note-form/annotations/note-annotations";
import { NoteFormSections } from "../../../features/note-form/note-form-sections";
import { useNoteForm } from "../../../features/note-form/use-note-form";
import { patientName } from "../../../shared/format";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { ConflictNotice, type Conflict } from "./conflict-notice";
import { EditorErrorSummary, SaveState, UnsavedGuard } from "./editor-form-state";
import { LivePanels } from "./live-panels";
import { MuscleTools } from "./muscle-tools";
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
  const update = useUpdateNote(record.id);
  const patient = usePatient(record.patientId);
  const me = useMe();
  const payerProfiles = usePayerProfiles();
  const annotations = useEditorAnnotations(record, me.data?.id);
  const readOnly = status === "signed";
  useDocumentTitle(
    `Note ${record.note.dateOfService}${patient.data ? ` · ${patientName(patient.data)}` : ""}`,
  );

  const write = useCallback(
    async (note: Note, baseVersion: number) => {
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
      } catch (error) {
        if (isProblemError(error, 409)) {
          const latest = await getNote(record.id).catch(() => null);
          if (latest) {
            setConflict({ kind: latest.status === "signed" ? "signed" : "stale", latest });
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
    },
    [form, record.id, update],
  );

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
              <Link href="/">Patients</Link>
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
            <span className={`status status-${readOnly ? "signed" : "draft"}`}>
              {readOnly ? "Signed" : "Draft"} · v{version}
            </span>
            <SaveState readOnly={readOnly} busy={busy} lastSavedAt={lastSavedAt} />
            <button
              type="button"
              className="button button-primary"
              onClick={() => void save()}
              disabled={readOnly || busy}
              aria-keyshortcuts="Control+S"
            >
              Save <kbd>Ctrl S</kbd>
            </button>
          </div>
        </div>
        {me.data && mayExport(me.data.role, status) ? <ExportLinks noteId={record.id} /> : null}

        {conflict ? (
          <ConflictNotice
            conflict={conflict}
            currentUserId={me.data?.id}
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
        {readOnly && !conflict ? (
          <p className="alert alert-info">
            This note is signed{record.signedBy ? ` by ${record.signedBy}` : ""}. It can be read but
            not changed.
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
            <LivePanels form={form} initial={record.note} onJumpToField={focusField} />
          </div>
        </div>
      </div>
    </FormProvider>
  );
}
