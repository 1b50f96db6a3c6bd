import { lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { SignInPage } from "./pages/sign-in-page";
import { PatientsPage } from "./pages/patients-page";
import { PatientPage } from "./pages/patient-page";
import { WorklistPage } from "./pages/worklist-page";
import { NotFoundPage } from "./pages/not-found-page";
import { SessionGate } from "./session-gate";
import { Loading } from "../shared/ui/loading";
import { ErrorBoundary } from "./error-boundary";

// The editor carries the form, the combobox and the coding catalogs: load it only when a note is opened.
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
            <Suspense fallback={<Loading label="Loading the note editor" />}>
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
