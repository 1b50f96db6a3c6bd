import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { SignInPage } from "./pages/sign-in-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SessionGate } from "./session-gate";
import { Loading } from "../shared/ui/loading";
import { ErrorBoundary } from "./error-boundary";

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
                <Route path="/patients" component={PatientsPage} />
                <Route path="/patients/:id">
                  {(params) => <PatientPage patientId={params.id} />}
                </Route>
                <Route path="/notes/new" component={NewNotePage} />
                <Route path="/notes/:id/print">
                  {(params) => <NotePrintPage key={params.id} noteId={params.id} />}
                </Route>
                <Route path="/notes/:id">
                  {(params) => <NoteEditorPage key={params.id} noteId={params.id} />}
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
