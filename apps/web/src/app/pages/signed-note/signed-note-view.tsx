import { lazy, Suspense } from "react";
import { Link } from "wouter";
import type { NoteRecord, SessionMe } from "@tpi/schemas";
import { useNoteLife } from "../../../features/api/note-life";
import { usePatient } from "../../../features/api/patient-get";
import { usePayerProfiles } from "../../../features/api/payer-profiles-list";
import { NarrativePreview } from "../../../features/narrative";
import { ExportLinks, mayExport } from "../../../features/note-export";
import { AddendaList } from "../../../features/note-life/addenda-list";
import { AddendumForm } from "../../../features/note-life/addendum-form";
import { CoderQueriesList } from "../../../features/note-life/coder-queries-list";
import { CoderQueryForm } from "../../../features/note-life/coder-query-form";
import { mayDo, readOnlyNoteReason } from "../../../features/note-life/permissions";
import { SignatureFacts } from "../../../features/note-life/signature-facts";
import { statusLabel } from "../../../features/note-life/status-label";
import { RecordPriorSessions } from "../../../features/note-form/sections/record-prior-sessions";
import { formatDateTime, patientName } from "../../../shared/format";
import { payerProfileLabel } from "../../../shared/payer-profiles";
import { ErrorMessage } from "../../../shared/ui/error-message";
import { useDocumentTitle } from "../../../shared/use-document-title";
import { jumpInNarrative } from "./jump-in-narrative";
import { ReportedSessions } from "./reported-sessions";

// The stored claim lines are shown with the code panel's own view (its chunk, as in the editor).
const CodePanelView = lazy(() =>
  import("../../../features/code-panel").then((m) => ({ default: m.CodePanelView })),
);

/**
 * A signed (or coded, or discarded) note, read only: the note as text, the claim lines stored at
 * signing (never recomputed), the signature, the addenda in order and the coder's queries. The
 * physician adds addenda here; the coder sends queries and marks the note coded.
 */
export function SignedNoteView({ record, me }: { record: NoteRecord; me: SessionMe }) {
  const patient = usePatient(record.patientId);
  const payers = usePayerProfiles();
  const life = useNoteLife(record.id);
  const payerName = (id: string) =>
    payers.data?.find((p) => p.id === id)?.name ?? payerProfileLabel(id);
  const { note, signature, status } = record;
  const result = signature?.result ?? record.signedResult;
  const openQueries = record.queries.filter((q) => q.answeredByAddendumId === null);
  const mutationError = life.addendum.error ?? life.query.error ?? life.markCoded.error ?? null;
  useDocumentTitle(
    `Note ${note.dateOfService}${patient.data ? ` · ${patientName(patient.data)}` : ""} (${statusLabel(status)})`,
  );

  return (
    <div className="editor signed-note">
      <div className="editor-bar">
        <div className="editor-title">
          <p className="breadcrumb">
            <Link href="/">Worklist</Link>
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
          <span className={`status status-${status}`}>{statusLabel(status)}</span>
          {mayDo(me, "mark-coded", status) ? (
            <button
              type="button"
              className="button button-primary"
              disabled={life.markCoded.isPending}
              onClick={() => life.markCoded.mutate()}
            >
              Mark coded
            </button>
          ) : null}
        </div>
      </div>

      <p className="alert alert-info read-only-reason">
        {signature
          ? `Signed by ${signature.signerName} at ${formatDateTime(signature.signedAt)}. `
          : ""}
        {status === "coded" && record.codedAt ? `Coded at ${formatDateTime(record.codedAt)}. ` : ""}
        {status === "discarded" && record.discardedAt
          ? `Discarded at ${formatDateTime(record.discardedAt)}${record.discardReason ? ` (${record.discardReason})` : ""}. `
          : ""}
        {readOnlyNoteReason(me.role, status)}
      </p>
      {mayExport(me.role, status) ? <ExportLinks noteId={record.id} /> : null}
      {mutationError ? (
        <ErrorMessage error={mutationError} title="That did not go through" />
      ) : null}

      <div className="editor-layout">
        <div className="signed-main">
          <section className="panel" aria-labelledby="signed-encounter-title">
            <h2 id="signed-encounter-title">Encounter</h2>
            <dl className="facts">
              <div>
                <dt>Date of service</dt>
                <dd>{note.dateOfService}</dd>
              </div>
              <div>
                <dt>Payer profile</dt>
                <dd>{payerName(note.payerProfileId)}</dd>
              </div>
              <div>
                <dt>Place of service</dt>
                <dd>{note.placeOfService}</dd>
              </div>
              <div>
                <dt>Rendering provider</dt>
                <dd>
                  {note.renderingProvider.name || "not entered"}
                  {note.renderingProvider.credentials
                    ? `, ${note.renderingProvider.credentials}`
                    : ""}
                  {note.renderingProvider.npi ? ` (NPI ${note.renderingProvider.npi})` : ""}
                </dd>
              </div>
            </dl>
          </section>
          <NarrativePreview note={note} title="Note" />
          <section className="panel" aria-labelledby="signed-prior-sessions-title">
            <h2 id="signed-prior-sessions-title">Prior trigger point sessions</h2>
            <RecordPriorSessions sessions={signature?.priorSessionsFromRecord ?? []} />
            <ReportedSessions sessions={note.priorSessions} />
          </section>
          {signature ? <SignatureFacts signature={signature} payerName={payerName} /> : null}

          {status !== "discarded" ? (
            <section className="panel" aria-labelledby="addenda-title">
              <h2 id="addenda-title">Addenda</h2>
              <AddendaList addenda={record.addenda} queries={record.queries} />
              {mayDo(me, "addendum", status) ? (
                <AddendumForm
                  openQueries={openQueries}
                  onSubmit={async (body) => {
                    await life.addendum.mutateAsync(body);
                  }}
                />
              ) : null}
            </section>
          ) : null}
          {status !== "discarded" ? (
            <section className="panel" aria-labelledby="queries-title">
              <h2 id="queries-title">Queries to the physician</h2>
              <CoderQueriesList queries={record.queries} addenda={record.addenda} />
              {mayDo(me, "query", status) ? (
                <CoderQueryForm
                  onSubmit={async (body) => {
                    await life.query.mutateAsync(body);
                  }}
                />
              ) : null}
            </section>
          ) : null}
        </div>
        <div className="editor-side">
          {result ? (
            <aside className="editor-aside" aria-label="Codes as signed">
              <Suspense fallback={<p className="muted">Loading the stored codes…</p>}>
                <CodePanelView result={result} onJumpToField={jumpInNarrative} />
              </Suspense>
            </aside>
          ) : null}
        </div>
      </div>
    </div>
  );
}
