import { lazy, Suspense, useState } from "react";
import { Link } from "wouter";
import type { CoderWorklistQuery, SessionMe, WorklistItem } from "@tpi/schemas";
import { usePayerProfiles } from "../../features/api/payer-profiles-list";
import { useCoderWorklist, useMyWorklist } from "../../features/api/worklists";
import { CoderFilters } from "../../features/note-life/coder-filters";
import { WorklistTable } from "../../features/note-life/worklist-table";
import { payerProfileLabel } from "../../shared/payer-profiles";
import { ErrorMessage } from "../../shared/ui/error-message";
import { Loading } from "../../shared/ui/loading";
import { useDocumentTitle } from "../../shared/use-document-title";
import { useSignedInUser } from "../signed-in-user";
// The admin's landing page: only administrators load it.
const AdminHome = lazy(() => import("./admin/admin-home").then((m) => ({ default: m.AdminHome })));

/** Where each role starts: the notes waiting for them. */
export function WorklistPage() {
  const me = useSignedInUser();
  switch (me.role) {
    case "coder":
      return <CoderWorklist />;
    case "physician":
    case "medical-assistant":
      return <ClinicalWorklist me={me} />;
    case "admin":
      return (
        <Suspense fallback={<Loading label="Loading administration" />}>
          <AdminHome />
        </Suspense>
      );
  }
}

function usePayerName() {
  const payers = usePayerProfiles();
  return {
    profiles: payers.data ?? [],
    name: (id: string) => payers.data?.find((p) => p.id === id)?.name ?? payerProfileLabel(id),
  };
}

/** Physician: hand-overs first (to them, then to anyone), then drafts. Assistant: their drafts. */
function ClinicalWorklist({ me }: { me: SessionMe }) {
  useDocumentTitle("Worklist");
  const list = useMyWorklist();
  const payers = usePayerName();
  const items = list.data?.items ?? [];
  const handedOver = items.filter(
    (i) => i.reason === "handed-over-to-me" || i.reason === "handed-over",
  );
  const drafts = items.filter((i) => i.reason === "own-draft");
  const isPhysician = me.role === "physician";
  return (
    <section>
      <div className="page-title-row">
        <h1>Worklist</h1>
        <Link href="/patients" className="button button-secondary">
          Find a patient to start a note
        </Link>
      </div>
      {list.isPending ? <Loading label="Loading the worklist" /> : null}
      {list.isError ? (
        <ErrorMessage error={list.error} title="Could not load the worklist" />
      ) : null}
      {list.data ? (
        isPhysician ? (
          <>
            <WorklistTable
              caption="Handed over for you to complete and sign"
              items={sortHandOvers(handedOver)}
              payerName={payers.name}
              empty="Nothing handed over right now."
            />
            <WorklistTable
              caption="Your drafts"
              items={drafts}
              payerName={payers.name}
              empty="No drafts."
            />
          </>
        ) : (
          <>
            <WorklistTable
              caption="Your drafts"
              items={drafts}
              payerName={payers.name}
              empty="No drafts. Find a patient to start one."
            />
            <WorklistTable
              caption="Handed over, waiting for a physician"
              items={handedOver}
              payerName={payers.name}
              empty="Nothing waiting for a physician."
            />
          </>
        )
      ) : null}
    </section>
  );
}

/** Those handed to this physician by name before those for any physician. */
function sortHandOvers(items: readonly WorklistItem[]): WorklistItem[] {
  const rank = (i: WorklistItem) => (i.reason === "handed-over-to-me" ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/** Coder: signed notes not yet coded, filtered by date of service, provider and payer profile. */
function CoderWorklist() {
  useDocumentTitle("Coding worklist");
  const [filters, setFilters] = useState<CoderWorklistQuery>({});
  const list = useCoderWorklist(filters);
  const payers = usePayerName();
  return (
    <section>
      <h1>Coding worklist</h1>
      <p className="muted">Signed notes that are not coded yet.</p>
      <CoderFilters value={filters} onChange={setFilters} payerProfiles={payers.profiles} />
      {list.isPending ? <Loading label="Loading the worklist" /> : null}
      {list.isError ? (
        <ErrorMessage error={list.error} title="Could not load the worklist" />
      ) : null}
      {list.data ? (
        <WorklistTable
          caption="Signed, not coded"
          items={list.data.items}
          payerName={payers.name}
          empty="No signed notes waiting to be coded with these filters."
        />
      ) : null}
    </section>
  );
}
