import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { SignInPage } from "./pages/sign-in-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SessionGate } from "./session-gate";
import { Loading } from "../shared/ui/loading";
import { ErrorBoundary } from "./error-boundary";
import { ForRoles } from "./for-roles";

const ADMIN = ["admin"] as const;
/** Patients and notes: the clinical roles (the admin manages accounts, not charts). */
const CHARTS = ["medical-assistant", "physician", "coder"] as const;

// Each page is its own chunk, so opening a note (the point-of-care route, with a 170 KB gzip budget
// checked by scripts/route-size.mjs) loads neither the worklists nor the patient lists, and they load
// nothing of the editor. The editor carries the form, the combobox and the coding catalogs.
const WorklistPage = lazy(() =>
  import("./pages/worklist-page").then((m) => ({ default: m.WorklistPage })),
);
const PatientsPage = lazy(() =>
  import("./pages/patients-page").then((m) => ({ default: m.PatientsPage })),
);
const PatientPage = lazy(() =>
  import("./pages/patient-page").then((m) => ({ default: m.PatientPage })),
);
const NoteEditorPage = lazy(() =>
  import("./pages/note-editor-page").then((m) => ({ default: m.NoteEditorPage })),
);
const NotePrintPage = lazy(() =>
  import("./pages/note-print-page").then((m) => ({ default: m.NotePrintPage })),
);
const NewNotePage = lazy(() =>
  import("./pages/new-note-page").then((m) => ({ default: m.NewNotePage })),
);
const AccountPage = lazy(() =>
  import("./pages/account-page").then((m) => ({ default: m.AccountPage })),
);
// The admin area: only administrators load it.
const UsersPage = lazy(() =>
  import("./pages/admin/users-page").then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import("./pages/admin/audit-page").then((m) => ({ default: m.AuditPage })),
);
const PayerProfilesPage = lazy(() =>
  import("./pages/admin/payer-profiles-page").then((m) => ({ default: m.PayerProfilesPage })),
);

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/sign-in" component={SignInPage} />
      <Route>
        <SessionGate>
          <ErrorBoundary>
            <Suspense fallback={<Loading label="Loading the page" />}>
              <Switch>
                <Route path="/" component={WorklistPage} />
                <Route path="/account" component={AccountPage} />
                <Route path="/admin/users">
                  <ForRoles roles={ADMIN}>
                    <UsersPage />
                  </ForRoles>
                </Route>
                <Route path="/admin/audit">
                  <ForRoles roles={ADMIN}>
                    <AuditPage />
                  </ForRoles>
                </Route>
                <Route path="/admin/payer-profiles">
                  <ForRoles roles={ADMIN}>
                    <PayerProfilesPage />
                  </ForRoles>
                </Route>
                <Route path="/patients">
                  <ForRoles roles={CHARTS}>
                    <PatientsPage />
                  </ForRoles>
                </Route>
                <Route path="/patients/:id">
                  {(params) => (
                    <ForRoles roles={CHARTS}>
                      <PatientPage patientId={params.id} />
                    </ForRoles>
                  )}
                </Route>
                <Route path="/notes/new">
                  <ForRoles roles={CHARTS}>
                    <NewNotePage />
                  </ForRoles>
                </Route>
                <Route path="/notes/:id/print">
                  {(params) => (
                    <ForRoles roles={CHARTS}>
                      <NotePrintPage key={params.id} noteId={params.id} />
                    </ForRoles>
                  )}
                </Route>
                <Route path="/notes/:id">
                  {(params) => (
                    <ForRoles roles={CHARTS}>
                      <NoteEditorPage key={params.id} noteId={params.id} />
                    </ForRoles>
                  )}
                </Route>
                <Route component={NotFoundPage} />
              </Switch>
            </Suspense>
          </ErrorBoundary>
        </SessionGate>
      </Route>
    </Switch>
  );
}
